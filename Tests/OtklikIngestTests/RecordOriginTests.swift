import OtklikIngest
import Testing

@Suite struct RecordOriginTests {
  @Test func describesFileLineAndRecord() {
    let origin = RecordOrigin(file: "reviews.csv", record: 12, line: 15)
    #expect(origin.description == "reviews.csv:15 (record 12)")
  }
}
