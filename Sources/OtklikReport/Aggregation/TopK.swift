/// An element that a ``TopK`` can rank and deduplicate.
public protocol TopKElement: Sendable, Equatable {
  /// The identity under which duplicates collapse (for a quote, its normalised text).
  associatedtype Identity: Hashable & Sendable
  /// This element's identity.
  var identity: Identity { get }
  /// Whether `self` ranks strictly before `other`.
  ///
  /// Must be a strict total order that depends only on the elements' content (a deterministic
  /// tie-break down to a unique field such as the record's origin), never on arrival order.
  func ranks(before other: Self) -> Bool
}

/// The best `capacity` distinct elements of a stream, best first.
///
/// Because the order is total and content-only, and an element with an identity already kept only
/// replaces it when it ranks better, the best `k` of two halves merged are exactly the best `k` of the
/// whole: any element in the whole's top `k` is in its own half's top `k`.
public struct TopK<Element: TopKElement>: Sendable, Equatable {
  /// The most elements kept.
  public let capacity: Int
  /// The kept elements, best first.
  public private(set) var elements: [Element] = []

  /// Creates an empty top-k keeping at most `capacity` elements.
  public init(capacity: Int) {
    self.capacity = Swift.max(0, capacity)
  }

  /// Offers one element.
  public mutating func add(_ element: Element) {
    guard capacity > 0 else { return }
    if let index = elements.firstIndex(where: { $0.identity == element.identity }) {
      guard element.ranks(before: elements[index]) else { return }
      elements.remove(at: index)
    } else if elements.count == capacity, let last = elements.last, !element.ranks(before: last) {
      return
    }
    let position = elements.firstIndex(where: { element.ranks(before: $0) }) ?? elements.endIndex
    elements.insert(element, at: position)
    if elements.count > capacity { elements.removeLast() }
  }

  /// Whether the top-k is full: a new element must beat ``elements``' last to enter.
  public var isFull: Bool { elements.count >= capacity }

  /// Offers every element `other` kept.
  public mutating func merge(_ other: TopK<Element>) {
    for element in other.elements { add(element) }
  }
}
