import Foundation
import Otklik
import Synchronization
import Testing

@Suite struct OrderedBatchProcessorTests {
  /// A producer that hands out the numbers 0..<count, one batch of `size` at a time.
  final class Numbers: Sendable {
    let next = Mutex(0)
    let count: Int
    let size: Int
    init(count: Int, size: Int) {
      self.count = count
      self.size = size
    }
    func batch() -> [Int]? {
      next.withLock { start in
        guard start < count else { return nil }
        let end = min(count, start + size)
        defer { start = end }
        return Array(start..<end)
      }
    }
  }

  @Test(arguments: [1, 2, 4, 8])
  func consumesInReadOrderWhateverTheThreads(threads: Int) throws {
    let numbers = Numbers(count: 10_000, size: 37)
    var seen: [Int] = []
    try OrderedBatchProcessor(threads: threads).run(
      produce: { numbers.batch() },
      transform: { batch in
        // Uneven work so that batches finish out of order.
        if batch.first! % 3 == 0 { usleep(50) }
        return batch.map { $0 * 2 }
      },
      consume: { seen.append(contentsOf: $0) })
    #expect(seen == (0..<10_000).map { $0 * 2 })
  }

  struct Boom: Error, Equatable { var stage: String }

  @Test(arguments: ["produce", "transform", "consume"])
  func rethrowsTheFirstErrorOfAnyStage(stage: String) {
    let numbers = Numbers(count: 1_000, size: 10)
    #expect(throws: Boom(stage: stage)) {
      try OrderedBatchProcessor(threads: 2, window: 3).run(
        produce: {
          let batch = numbers.batch()
          if stage == "produce", batch?.first == 500 { throw Boom(stage: stage) }
          return batch
        },
        transform: { batch in
          if stage == "transform", batch.first == 300 { throw Boom(stage: stage) }
          return batch
        },
        consume: { batch in
          if stage == "consume", batch.first == 100 { throw Boom(stage: stage) }
        })
    }
  }

  @Test func anEmptyInputConsumesNothing() throws {
    var consumed = 0
    try OrderedBatchProcessor(threads: 3).run(
      produce: { nil as [Int]? }, transform: { $0 }, consume: { _ in consumed += 1 })
    #expect(consumed == 0)
  }
}
