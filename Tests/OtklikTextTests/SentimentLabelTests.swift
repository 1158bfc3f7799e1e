import OtklikText
import Testing

@Suite struct SentimentLabelTests {
  @Test(arguments: [
    (SentimentLabel.negative, true), (.neutral, true), (.positive, true), (.none, false),
    (.nonAnswer, false),
  ])
  func onlyNegNeuPosAreOpinions(label: SentimentLabel, isOpinion: Bool) {
    #expect(label.isOpinion == isOpinion)
  }

  @Test func rawValuesAreTheReportedCodes() {
    #expect(SentimentLabel.allCases.map(\.rawValue) == ["neg", "neu", "pos", "none", "non_answer"])
  }
}
