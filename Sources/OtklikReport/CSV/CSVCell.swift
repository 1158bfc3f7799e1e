/// One cell of a CSV row written by ``CSVRowWriter``.
///
/// A top-level type rather than nested in the generic writer, so that code using cells is not generic
/// over the writer's sink: nested in `CSVRowWriter<Sink>`, every cell array went through the generic
/// type's metadata accessor on the report's hot path.
public enum CSVCell: Sendable, Hashable {
  /// Text from the data or a label: made formula-safe.
  case text(String)
  /// A number printed with `places` decimals and the configured separator.
  case number(Double, places: Int)
  /// An integer.
  case integer(Int)
  /// Nothing.
  case empty
}
