import Foundation
import OtklikReport

/// What the library network offers partners: the contents of `data/resources.yaml`.
public struct LibraryResources: Sendable, Hashable {
  /// The network's name as a brief introduces it.
  public var network: LocalizedText
  /// The city, named in a proposal when a company's district is unknown.
  public var city: LocalizedText
  /// The resources, in file order.
  public var resources: [LibraryResource]

  /// Creates a catalogue of resources.
  public init(network: LocalizedText, city: LocalizedText, resources: [LibraryResource]) {
    self.network = network
    self.city = city
    self.resources = resources
  }

  /// The resource with this id, if any.
  public func resource(id: String) -> LibraryResource? {
    resources.first { $0.id == id }
  }

  /// Spaces seating at least `capacity`, those in one of `districts` first, then the largest, then
  /// by id: the halls a brief can offer a company, nearest first.
  public func spaces(seating capacity: Int, near districts: [String]) -> [LibraryResource] {
    let keys = Set(districts.map(DistrictName.key))
    // Each hall's nearness is worked out once, not in every comparison of the sort.
    let halls = resources.filter { $0.kind == .space && ($0.capacity ?? 0) >= capacity }.map {
      (hall: $0, isNear: keys.contains(DistrictName.key($0.district ?? "")))
    }
    return halls.sorted { a, b in
      if a.isNear != b.isNear { return a.isNear }
      if a.hall.capacity != b.hall.capacity {
        return (a.hall.capacity ?? 0) > (b.hall.capacity ?? 0)
      }
      return a.hall.id < b.hall.id
    }.map(\.hall)
  }
}

/// How district names are compared: case, `ё`/`е` and surrounding spaces ignored, so the
/// `Колычёво` of a review export matches the `Колычево` of a survey.
enum DistrictName {
  /// The comparison key of a district name.
  static func key(_ name: String) -> String {
    // Names in ASCII and basic Cyrillic (all of them, in practice) are folded on bytes; Foundation's
    // trimming and replacing cost tens of thousands of instructions a name.
    NameFolding.trimmedFolded(name)
      ?? name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().replacingOccurrences(
        of: "ё", with: "е")
  }
}
