/// What a taxonomy tag stands for, which decides where reports show it.
public enum TagKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// Something the community lacks or asks for ("нет детских площадок").
  case need
  /// A taste or habit ("люблю грузинскую кухню").
  case preference
  /// An aspect of a company that customers complain about when the clause is negative
  /// and praise when it is positive (staff, waiting, prices, …).
  case painPoint = "pain_point"
  /// Something customers praise in itself ("рекомендую").
  case praise
}
