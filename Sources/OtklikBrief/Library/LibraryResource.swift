/// One thing the library network can offer a partner: a hall, a skill, an audience, a channel.
///
/// Loaded from `data/resources.yaml`. ``answers`` names the taxonomy tags (community needs and company
/// pain points) the resource helps with; the ranking uses it to judge how well the library can carry an
/// idea. Spaces carry their branch, district and capacity, so a brief can offer the hall nearest to the
/// company.
public struct LibraryResource: Sendable, Hashable, Codable {
  /// What sort of resource this is.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A hall, a room or a corner that can host people.
    case space
    /// Organising events: planning, hosting, announcing.
    case events
    /// Work with local communities (neighbourhood groups, pensioners, parents).
    case community
    /// Work with young people: schools, colleges, clubs.
    case youth
    /// Reach through the library's social media and newsletters.
    case media
    /// Access to information, databases and fact-checking.
    case information
    /// A direct line to the city administration.
    case administration
    /// Transparent public reporting on what a project did.
    case reporting
    /// Creative formats: quests, themed trips, master classes.
    case creative
    /// Experience writing and winning grant applications.
    case grants
    /// Career guidance for school and college students.
    case career
  }

  /// The resource's id, unique in the file (`hall_central`).
  public var id: String
  /// What sort of resource it is.
  public var kind: Kind
  /// Its name.
  public var label: LocalizedText
  /// One sentence on what exactly the library offers.
  public var detail: LocalizedText
  /// The branch that holds it, for spaces.
  public var branch: LocalizedText?
  /// The district the branch is in, spelt as the surveys spell it (`Колычёво`).
  public var district: String?
  /// Seats, for spaces.
  public var capacity: Int?
  /// The taxonomy tag ids it helps with.
  public var answers: [String]

  /// Creates a resource.
  public init(
    id: String, kind: Kind, label: LocalizedText, detail: LocalizedText,
    branch: LocalizedText? = nil,
    district: String? = nil, capacity: Int? = nil, answers: [String]
  ) {
    self.id = id
    self.kind = kind
    self.label = label
    self.detail = detail
    self.branch = branch
    self.district = district
    self.capacity = capacity
    self.answers = answers
  }
}
