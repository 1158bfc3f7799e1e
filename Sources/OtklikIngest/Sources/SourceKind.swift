/// The two kinds of input Otklik reads.
public enum SourceKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A form export: timestamp, segments, closed questions, scales and open questions.
  case survey
  /// Customer reviews: company, branch, date, rating, author, text, reply.
  case reviews
}
