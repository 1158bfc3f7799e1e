import Foundation

/// Runs a three-stage pipeline — read, transform, consume — with the transform on several threads
/// and the consumer seeing results in read order.
///
/// Why this shape: ingest is sequential (one CSV stream), analysis is the expensive and embarrassingly
/// parallel part, and everything after it (ordered `tagged.csv`, aggregates merged batch by batch) must
/// not depend on the number of threads. Batches are numbered as they are read; workers take any batch;
/// the consumer waits for the next number. At most `window` batches are in flight, so memory is bounded
/// by `window × batch size` whatever the input.
///
/// The producer runs on its own thread, the consumer on the calling thread. The first error thrown by
/// any stage stops the others and is rethrown from ``run(produce:transform:consume:)``.
public struct OrderedBatchProcessor: Sendable {
  /// Worker threads for the transform (1 or more).
  public var threads: Int
  /// Batches in flight at most (read but not yet consumed).
  public var window: Int

  public init(threads: Int, window: Int? = nil) {
    self.threads = max(1, threads)
    self.window = max(2, window ?? self.threads * 3)
  }

  /// Reads with `produce` until it returns `nil`, transforms every batch on the worker threads and
  /// passes the results to `consume` in read order.
  public func run<Input: Sendable, Output: Sendable>(
    produce: @escaping @Sendable () throws -> Input?,
    transform: @escaping @Sendable (Input) throws -> Output,
    consume: (Output) throws -> Void
  ) throws {
    let state = State<Input, Output>(window: window)
    let producer = Thread {
      var sequence = 0
      while state.waitForRoom() {
        do {
          guard let input = try produce() else { break }
          state.enqueue(input, sequence: sequence)
          sequence += 1
        } catch {
          state.fail(error)
          break
        }
      }
      state.finishProducing(count: sequence)
    }
    producer.name = "otklik.read"
    producer.stackSize = 1 << 22
    producer.start()
    var workers: [Thread] = []
    for _ in 0..<threads {
      let worker = Thread {
        while let (sequence, input) = state.dequeue() {
          do {
            state.complete(try transform(input), sequence: sequence)
          } catch {
            state.fail(error)
          }
        }
      }
      worker.stackSize = 1 << 22
      workers.append(worker)
      worker.start()
    }
    defer { state.waitForThreads(count: threads + 1) }
    while let output = state.nextOutput() {
      do {
        try consume(output)
      } catch {
        state.fail(error)
        throw error
      }
    }
    if let error = state.error { throw error }
  }
}

/// The shared state of one ``OrderedBatchProcessor`` run, guarded by one condition variable.
///
/// Locking is per batch, never per record.
private final class State<Input: Sendable, Output: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let window: Int
  private var pending: [(Int, Input)] = []
  private var pendingHead = 0
  private var done: [Int: Output] = [:]
  private var nextToConsume = 0
  private var produced: Int?
  private var inFlight = 0
  private var finishedThreads = 0
  private(set) var error: (any Error)?

  init(window: Int) { self.window = window }

  /// Blocks until fewer than `window` batches are in flight; `false` when the run has failed.
  func waitForRoom() -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while inFlight >= window && error == nil { condition.wait() }
    return error == nil
  }

  func enqueue(_ input: Input, sequence: Int) {
    condition.lock()
    pending.append((sequence, input))
    inFlight += 1
    condition.broadcast()
    condition.unlock()
  }

  func finishProducing(count: Int) {
    condition.lock()
    produced = count
    finishedThreads += 1
    condition.broadcast()
    condition.unlock()
  }

  /// The next batch for a worker, or `nil` when there is no more work (or the run failed).
  func dequeue() -> (Int, Input)? {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if error != nil { break }
      if pendingHead < pending.count {
        let item = pending[pendingHead]
        pendingHead += 1
        if pendingHead > 64 && pendingHead * 2 > pending.count {
          pending.removeFirst(pendingHead)
          pendingHead = 0
        }
        return item
      }
      if produced != nil { break }
      condition.wait()
    }
    finishedThreads += 1
    condition.broadcast()
    return nil
  }

  func complete(_ output: Output, sequence: Int) {
    condition.lock()
    done[sequence] = output
    condition.broadcast()
    condition.unlock()
  }

  /// The next output in read order, or `nil` when all have been consumed (or the run failed).
  func nextOutput() -> Output? {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if error != nil { return nil }
      if let output = done.removeValue(forKey: nextToConsume) {
        nextToConsume += 1
        inFlight -= 1
        condition.broadcast()
        return output
      }
      if let produced, nextToConsume >= produced { return nil }
      condition.wait()
    }
  }

  func fail(_ error: any Error) {
    condition.lock()
    if self.error == nil { self.error = error }
    condition.broadcast()
    condition.unlock()
  }

  /// Waits until the producer and every worker have left, so no thread outlives the run.
  func waitForThreads(count: Int) {
    condition.lock()
    if error == nil && produced == nil { error = CancellationError() }
    condition.broadcast()
    while finishedThreads < count { condition.wait() }
    condition.unlock()
  }
}
