import OtklikReport
import OtklikText

extension TagCatalog {
  /// The report's view of a taxonomy: each tag's id, kind and labels; empty without a taxonomy.
  init(taxonomy: Taxonomy?) {
    self.init(
      (taxonomy?.tags ?? []).map {
        TagCatalog.Entry(id: $0.id, kind: $0.kind, ru: $0.labels.ru, en: $0.labels.en)
      })
  }
}
