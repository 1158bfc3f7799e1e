/// Why a data file an analyst edits (a taxonomy, the library's resources, the partnership ideas)
/// could not be loaded: every problem found, each with its file and line.
///
/// The loaders do not stop at the first problem, so an analyst fixing a file sees all of them in one
/// run. `description` prints one problem per line, in file order: `taxonomy.yaml:12: unknown kind
/// 'needs' (…)`.
public struct DataFileError<Issue: Error & Sendable & Hashable & CustomStringConvertible>: Error,
  Sendable, Hashable, CustomStringConvertible
{
  /// The problems, in the order they were found. Never empty.
  public var issues: [Issue]

  /// Creates an error from its problems.
  public init(issues: [Issue]) {
    self.issues = issues
  }

  /// One line per problem.
  public var description: String {
    issues.map(\.description).joined(separator: "\n")
  }
}
