import Foundation
import Otklik
import OtklikReport
import OtklikText
import Testing

/// Trends and alerts from a history store with a planted spike.
@Suite struct TrendAnalysisTests {
  static let now = Date(timeIntervalSince1970: 1_796_083_200)  // 2026-12-01T00:00:00Z

  /// Seven 30-day periods back from `now`: two steady companies, and in the latest period a café
  /// with three times its usual reviews, most of them complaints about waiting.
  static func plantedStore() throws -> HistoryStore {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-trends-\(UUID().uuidString)/history.sqlite").path
    let store = try HistoryStore(path: path)
    try store.begin(run: "fixture", startedAt: now)
    var number = 0
    func add(_ company: String, period: Int, count: Int, negative: Int, tag: String) throws {
      for index in 0..<count {
        number += 1
        let day = now.addingTimeInterval(-86_400 * Double(30 * period + 1 + index % 28))
        let isNegative = index < negative
        _ = try store.classify(
          RecordFacts(
            identity: "r\(number)", contentHash: "h\(number)", source: "reviews", company: company,
            date: day, rating: isNegative ? 2 : 5, label: isNegative ? "neg" : "pos",
            tags: [.init(tagID: tag, label: isNegative ? "neg" : "pos")]))
      }
    }
    for period in 1...6 {
      try add("Аптека", period: period, count: 10, negative: 1, tag: "staff")
      try add("Кафе", period: period, count: 6, negative: 1, tag: "waiting")
    }
    try add("Аптека", period: 0, count: 11, negative: 1, tag: "staff")
    try add("Кафе", period: 0, count: 24, negative: 16, tag: "waiting")
    try store.commit(HistoryCounts(new: number), finishedAt: now)
    return store
  }

  @Test func thePlantedSpikeAlertsAndNothingElseDoes() throws {
    let store = try Self.plantedStore()
    let analysis = TrendAnalysis(
      period: TrendAnalysis.defaultPeriod(now: Self.now.addingTimeInterval(-1)))
    let (trends, alerts) = try analysis.summarize(store)
    #expect(alerts.allSatisfy { $0.company == "Кафе" })
    let measures = Set(alerts.map { "\($0.tag ?? "-") \($0.measure.rawValue)" })
    #expect(
      measures == [
        "- volume", "- negative_share", "waiting complaints", "waiting negative_share",
      ])
    let volume = try #require(alerts.first { $0.tag == nil && $0.measure == .volume })
    #expect(volume.current == 24)
    #expect(volume.expected == 6)
    #expect(volume.historyPeriods == 6)
    // Six periods of 6: sd 0, so the band is 6 + 2·√6 = 10.9.
    #expect(volume.bandTop == 10.9)

    #expect(trends.period.first == "2026-11-01")
    #expect(trends.period.last == "2026-11-30")
    #expect(trends.previous.first == "2026-10-02")
    #expect(trends.historyPeriods == 6)
    #expect(trends.companies.map(\.company) == ["Аптека", "Кафе"])
    let cafe = trends.companies[1]
    #expect(cafe.volume.current == 24)
    #expect(cafe.volume.previous == 6)
    #expect(cafe.volume.mark == .up)  // z = 18 / √30 = 3.29
    #expect(cafe.negativeShare.mark == .insufficient)  // six reviews before
    let pharmacy = trends.companies[0]
    #expect(pharmacy.volume.mark == .none)
    #expect(pharmacy.negativeShare.mark == .none)
    #expect(pharmacy.meanRating.mark == .none)
    #expect(
      trends.tags.map { "\($0.company) \($0.tag ?? "")" } == ["Аптека staff", "Кафе waiting"])
  }

  @Test func praiseTagsNeverAlert() throws {
    let store = try Self.plantedStore()
    let catalog = TagCatalog([.init(id: "waiting", kind: .praise, ru: "Ожидание", en: "Waiting")])
    let analysis = TrendAnalysis(
      period: TrendAnalysis.defaultPeriod(now: Self.now.addingTimeInterval(-1)), catalog: catalog)
    let (trends, alerts) = try analysis.summarize(store)
    #expect(alerts.allSatisfy { $0.tag == nil })
    #expect(trends.tags.last?.tagLabel == "Ожидание")
  }

  @Test func aShortHistoryGivesTrendsButNoAlerts() throws {
    let store = try Self.plantedStore()
    // Two earlier periods only: the band needs three.
    let analysis = TrendAnalysis(
      period: TrendAnalysis.defaultPeriod(now: Self.now.addingTimeInterval(-1)), historyPeriods: 2)
    let (trends, alerts) = try analysis.summarize(store)
    #expect(alerts.isEmpty)
    #expect(trends.companies.count == 2)
  }
}

/// The trend rules travel with the summary.
@Suite struct TrendRulesTests {
  @Test func summaryJSONCarriesTheThresholds() throws {
    let period = TrendPeriod(label: "30d", first: "2026-11-01", last: "2026-11-30")
    let trends = TrendSummary(
      period: period, previous: period, historyPeriods: 6, companies: [], tags: [])
    let data = try JSONEncoder().encode(trends)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let rules = try #require(object["rules"] as? [String: Any])
    #expect(rules["changeCritical"] as? Double == 1.96)
    #expect(rules["alertCritical"] as? Double == 2.326)
    #expect(rules["alertMinimumPeriods"] as? Int == 3)
  }
}
