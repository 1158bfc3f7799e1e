/// What reading one record gave: a typed record, or a reject with its reason.
public enum IngestOutcome: Sendable {
  /// The record was accepted.
  case record(Record)
  /// The record was rejected; the run goes on.
  case rejected(Reject)
}
