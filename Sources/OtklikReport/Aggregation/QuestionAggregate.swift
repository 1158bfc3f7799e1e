import OtklikIngest
import OtklikText

/// The answers to one survey question, whatever its kind, with their splits by every segment.
public struct QuestionAggregate: Sendable, Equatable {
  /// Respondents who answered.
  public private(set) var answered = 0
  /// Respondents who left it empty.
  public private(set) var empty = 0
  /// For choice questions: respondents per option (multiple choice: each option once per respondent).
  public private(set) var options = Tally<String>()
  /// For scales and NPS: respondents per whole value.
  public private(set) var values = Tally<Int>()
  /// For scales and NPS: the exact values.
  public private(set) var moments = Moments()
  /// For open questions: sentiment, tags, phrases.
  public private(set) var open: OpenAnswerAggregate?
  /// Splits by each segment of the schema, by segment index.
  public private(set) var splits: [SegmentSplit]

  /// Creates an empty aggregate for a question of `kind` in a schema with `segments` segments.
  init(kind: QuestionKind, segments: Int, quoteCapacity: Int) {
    splits = Array(repeating: SegmentSplit(), count: segments)
    if kind == .open { open = OpenAnswerAggregate(quoteCapacity: quoteCapacity) }
  }

  /// Counts one answer of a respondent whose segment values are `segments`.
  mutating func add(
    _ answer: Answer, analysis: TextAnalysis?, segments: [String?], origin: RecordOrigin,
    maker: QuoteMaker
  ) {
    var chosen: [String] = []
    var value: Double?
    switch answer {
    case .empty:
      empty += 1
      return
    case .choice(let option): chosen = [option]
    case .choices(let list): chosen = Self.distinct(list).sorted()
    case .number(let number): value = number
    case .text(let text):
      // An open answer without an analysis, or a non-answer, counts as answered but takes no part
      // in tag shares or crosstabs, whose denominator is substantive analysed answers.
      guard let analysis else {
        answered += 1
        return
      }
      open?.add(text, analysis: analysis, origin: origin, maker: maker)
      if analysis.label == .nonAnswer {
        answered += 1
        return
      }
      chosen = Self.distinct(analysis.tags.map(\.tagID)).sorted()
    }
    if chosen.isEmpty, value == nil, case .choices = answer {
      empty += 1
      return
    }
    answered += 1
    for option in chosen where !isOpen(answer) { options.add(option) }
    if let value {
      values.add(Int(value.rounded()))
      moments.add(value)
    }
    for (index, segment) in segments.enumerated() where index < splits.count {
      guard let segment, !segment.isEmpty else { continue }
      if let value {
        splits[index].add(segment: segment, value: value)
      } else {
        splits[index].add(segment: segment, options: chosen)
      }
    }
  }

  /// `list` without repeats, the first of equal ones kept: an answer has a few options, so
  /// comparing beats hashing them into a set.
  private static func distinct(_ list: [String]) -> [String] {
    var unique: [String] = []
    unique.reserveCapacity(list.count)
    for item in list where !unique.contains(item) { unique.append(item) }
    return unique
  }

  private func isOpen(_ answer: Answer) -> Bool {
    if case .text = answer { return true }
    return false
  }

  /// Adds everything `other` counted.
  mutating func merge(_ other: QuestionAggregate) {
    answered += other.answered
    empty += other.empty
    options.merge(other.options)
    values.merge(other.values)
    moments.merge(other.moments)
    if let otherOpen = other.open { open?.merge(otherOpen) }
    for index in splits.indices where index < other.splits.count {
      splits[index].merge(other.splits[index])
    }
  }
}
