import Dispatch

extension Array where Element: Sendable {
  /// `map` with the elements spread over the machine's cores, results in order, the first error
  /// (by index) rethrown.
  ///
  /// For a few dozen coarse pieces of work at the end of a run (report files, one brief per
  /// company), never per record: the records stream through ``OtklikReport``'s callers' own
  /// batch pipeline.
  package func concurrentMap<T: Sendable>(
    _ transform: @escaping @Sendable (Element) throws -> T
  ) throws -> [T] {
    guard count > 1 else { return try map(transform) }
    let results = ResultSlots<T>(count: count)
    let elements = self
    DispatchQueue.concurrentPerform(iterations: count) { index in
      results.set(index, Result { try transform(elements[index]) })
    }
    return try results.values()
  }

  /// ``concurrentMap(_:)-(@Sendable (Element) throws -> T)`` for a transform that cannot fail.
  package func concurrentMap<T: Sendable>(_ transform: @escaping @Sendable (Element) -> T) -> [T] {
    // The only errors the throwing version rethrows are the transform's own.
    try! concurrentMap { (element: Element) throws -> T in transform(element) }
  }
}

/// One slot per index, each written by exactly one iteration of `concurrentPerform` before
/// ``values()`` reads them all on the calling thread. The slots live in memory allocated once, so
/// the iterations write through a fixed pointer and never mutate a shared `Array`.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Result<T, any Error>?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    _ = slots.deinitialize()
    slots.deallocate()
  }

  func set(_ index: Int, _ result: Result<T, any Error>) { slots[index] = result }

  func values() throws -> [T] { try slots.map { try $0!.get() } }
}
