/// A partnership brief written next to the report, for the report to link to.
public struct BriefLink: Sendable, Hashable, Codable {
  /// The company the brief is for.
  public var company: String
  /// The brief's path inside the run folder without an extension (`briefs/pekarnya-kolos`): the
  /// Markdown report links the `.md` file, the HTML report the `.html` one.
  public var path: String
  /// Whether the brief proposes a partnership (`false`: it says why the data is too thin).
  public var proposes: Bool

  public init(company: String, path: String, proposes: Bool) {
    self.company = company
    self.path = path
    self.proposes = proposes
  }
}
