import Foundation
import OtklikReport
import OtklikText
import Yams

extension PartnershipIdeas {
  /// Parses `data/partnership-ideas.yaml` from its contents.
  ///
  /// Every problem is collected before throwing, each with the file name and line: invalid YAML,
  /// unknown keys, missing required keys, an id that is not snake_case or repeats, a missing `ru` or
  /// `en` text, an empty list, an unknown contribution category, a resource id `resources` does not
  /// define, a `{slot}` the sentence cannot have, an idea answering nothing, out-of-range settings,
  /// and — when `tags` is given — a tag id the taxonomy does not define or of the wrong kind.
  ///
  /// - Parameters:
  ///   - yaml: the file's contents.
  ///   - file: the name printed in messages.
  ///   - resources: the loaded `resources.yaml`, whose ids the ideas name.
  ///   - tags: the taxonomy's tags; `nil` skips the tag check.
  /// - Throws: ``BriefDataError`` listing every problem found.
  public init(yaml: String, file: String, resources: LibraryResources, tags: TagCatalog?)
    throws(BriefDataError)
  {
    var reader = IdeasReader(reader: DataFileReader(file: file), resources: resources, tags: tags)
    var ideas: [PartnershipIdea] = []
    var scoring = Scoring()
    var options: [SurveyOption] = []
    var needQuestions: [String] = []
    if let root = reader.reader.root(
      yaml, allowed: ["version", "scoring", "survey_options", "need_questions", "ideas"],
      required: ["ideas"])
    {
      if let node = root["scoring"] { scoring = reader.readScoring(node) }
      if let node = root["survey_options"],
        let items = reader.reader.list(node, key: "survey_options", nonEmpty: false, parent: node)
      {
        options = items.compactMap { reader.readSurveyOption($0) }
      }
      if let node = root["need_questions"],
        let pieces = reader.reader.references(
          node, key: "need_questions", nonEmpty: false, parent: node)
      {
        needQuestions = pieces.map(\.0)
      }
      if let node = root["ideas"],
        let items = reader.reader.list(node, key: "ideas", nonEmpty: true, parent: node)
      {
        ideas = items.compactMap { reader.readIdea($0) }
      }
    }
    if !reader.reader.issues.isEmpty { throw BriefDataError(issues: reader.reader.issues) }
    self.init(ideas: ideas, scoring: scoring, surveyOptions: options, needQuestions: needQuestions)
  }
}

/// Reads the parts of an ideas file on top of the shared ``DataFileReader``.
private struct IdeasReader {
  static let ideaKeys = [
    "id", "title", "sentence", "pain_points", "strengths", "needs", "company_names", "resources",
    "seats", "place", "business_gives",
    "business_gets", "library_gets", "goals", "tasks", "time_frame",
  ]
  static let requiredIdeaKeys = [
    "id", "title", "sentence", "resources", "business_gives", "business_gets", "library_gets",
    "goals",
    "tasks", "time_frame",
  ]
  /// Kinds a company's complaints can carry: any tag found in a negative clause but praise tags.
  static let complaintKinds: [TagKind] = [.painPoint, .need, .preference]
  /// Kinds the community's wishes can carry (a wish for lower prices is the `prices_value` aspect).
  static let communityKinds: [TagKind] = [.need, .preference, .painPoint]

  var reader: DataFileReader
  let resources: LibraryResources
  let tags: TagCatalog?

  mutating func readScoring(_ node: Node) -> PartnershipIdeas.Scoring {
    var scoring = PartnershipIdeas.Scoring()
    guard
      let fields = reader.fields(
        of: node,
        allowed: [
          "min_reviews", "threshold", "max_proposals", "community_floor", "unknown_gap",
          "strength_weight",
        ],
        required: [], what: "a mapping of scoring settings")
    else { return scoring }
    if let value = fields["min_reviews"].flatMap({ reader.integer($0, in: 1...1_000_000) }) {
      scoring.minReviews = value
    }
    if let value = fields["threshold"].flatMap({ reader.number($0, in: 0...1) }) {
      scoring.threshold = value
    }
    if let value = fields["max_proposals"].flatMap({ reader.integer($0, in: 1...10) }) {
      scoring.maxProposals = value
    }
    if let value = fields["community_floor"].flatMap({ reader.number($0, in: 0...1) }) {
      scoring.communityFloor = value
    }
    if let value = fields["unknown_gap"].flatMap({ reader.number($0, in: 0...4) }) {
      scoring.unknownGap = value
    }
    if let value = fields["strength_weight"].flatMap({ reader.number($0, in: 0...1) }) {
      scoring.strengthWeight = value
    }
    return scoring
  }

  mutating func readSurveyOption(_ node: Node) -> PartnershipIdeas.SurveyOption? {
    let before = reader.issues.count
    guard
      let fields = reader.fields(
        of: node, allowed: ["tag", "question", "options"],
        required: ["tag", "question", "options"],
        what: "a mapping with tag, question and options")
    else { return nil }
    let tag = fields["tag"].flatMap { reader.string($0, what: "a tag id") }
    if let tag, let line = fields["tag"]?.mark?.line {
      TagCheck.check(tag, line: line, allowed: Self.communityKinds, tags: tags, reader: &reader)
    }
    let question = fields["question"].flatMap {
      reader.string($0, what: "a piece of a question title")
    }
    let options = fields["options"].flatMap {
      reader.references($0, key: "options", nonEmpty: true, parent: node)
    }
    guard reader.issues.count == before, let tag, let question, let options else { return nil }
    return PartnershipIdeas.SurveyOption(tag: tag, question: question, options: options.map(\.0))
  }

  mutating func readIdea(_ node: Node) -> PartnershipIdea? {
    let before = reader.issues.count
    guard
      let fields = reader.fields(
        of: node, allowed: Self.ideaKeys, required: Self.requiredIdeaKeys, what: "an idea mapping")
    else { return nil }
    let id = fields["id"].flatMap { reader.id($0, scope: "ideas") }
    let title = fields["title"].flatMap { reader.localized($0) }
    let sentence = fields["sentence"].flatMap { reader.localized($0) }
    let painPoints = tagList(
      fields["pain_points"], key: "pain_points", kinds: Self.complaintKinds, parent: node)
    let strengths = tagList(
      fields["strengths"], key: "strengths", kinds: TagKind.allCases, parent: node)
    let needs = tagList(fields["needs"], key: "needs", kinds: Self.communityKinds, parent: node)
    if let painPoints, let strengths, painPoints.isEmpty && strengths.isEmpty {
      reader.report(node, .emptyList("pain_points' or 'strengths"))
    }
    let names = fields["company_names"].flatMap {
      reader.references($0, key: "company_names", nonEmpty: false, parent: node)
    }
    let resourceIDs = fields["resources"].flatMap {
      reader.references($0, key: "resources", nonEmpty: true, parent: node)
    }
    for (resource, line) in resourceIDs ?? [] where resources.resource(id: resource) == nil {
      reader.report(line, .unknownResource(resource))
    }
    let seats = fields["seats"].flatMap { reader.integer($0, in: 1...100_000) }
    var place = PartnershipIdea.Place.company
    if let node = fields["place"], let text = reader.string(node, what: "a place") {
      if let parsed = PartnershipIdea.Place(rawValue: text) {
        place = parsed
      } else {
        reader.report(
          node, .unknownValue(text, allowed: PartnershipIdea.Place.allCases.map(\.rawValue)))
      }
    }
    let gives = contributions(
      fields["business_gives"], key: "business_gives",
      allowed: PartnershipIdea.Contribution.businessGives, parent: node)
    let gets = contributions(
      fields["business_gets"], key: "business_gets",
      allowed: PartnershipIdea.Contribution.businessGets, parent: node)
    let libraryGets = contributions(
      fields["library_gets"], key: "library_gets",
      allowed: PartnershipIdea.Contribution.libraryGets, parent: node)
    let goals = reader.localizedList(fields["goals"], key: "goals", nonEmpty: true, parent: node)
    let tasks = reader.localizedList(fields["tasks"], key: "tasks", nonEmpty: true, parent: node)
    let timeFrame = fields["time_frame"].flatMap { reader.localized($0) }
    if let sentence, let sentenceNode = fields["sentence"] {
      checkSlots(
        sentence, at: sentenceNode, painPoints: painPoints ?? [], strengths: strengths ?? [],
        needs: needs ?? [])
    }
    guard reader.issues.count == before, let id, let title, let sentence, let painPoints,
      let strengths,
      let needs, let resourceIDs, let gives, let gets, let libraryGets, let goals, let tasks,
      let timeFrame
    else { return nil }
    return PartnershipIdea(
      id: id, title: title, sentence: sentence, painPoints: painPoints, strengths: strengths,
      needs: needs,
      companyNames: names?.map(\.0) ?? [], resources: resourceIDs.map(\.0), seats: seats,
      place: place, businessGives: gives, businessGets: gets,
      libraryGets: libraryGets, goals: goals, tasks: tasks, timeFrame: timeFrame)
  }

  private mutating func tagList(
    _ node: Node?, key: String, kinds: [TagKind], parent: Node, nonEmpty: Bool = false
  ) -> [String]? {
    guard let references = reader.references(node, key: key, nonEmpty: nonEmpty, parent: parent)
    else { return nil }
    for (tag, line) in references {
      TagCheck.check(tag, line: line, allowed: kinds, tags: tags, reader: &reader)
    }
    return references.map(\.0)
  }

  private mutating func contributions(
    _ node: Node?, key: String, allowed: [String], parent: Node
  ) -> [PartnershipIdea.Contribution]? {
    guard let items = reader.list(node, key: key, nonEmpty: true, parent: parent) else {
      return nil
    }
    var result: [PartnershipIdea.Contribution] = []
    for item in items {
      guard
        let fields = reader.fields(
          of: item, allowed: ["kind", "ru", "en"], required: ["kind"],
          what: "a mapping with kind, ru and en")
      else { continue }
      guard let kindNode = fields["kind"], let kind = reader.string(kindNode, what: "a kind") else {
        continue
      }
      guard allowed.contains(kind) else {
        reader.report(kindNode, .unknownValue(kind, allowed: allowed))
        continue
      }
      guard let text = reader.localized(fields: fields, at: item) else { continue }
      result.append(PartnershipIdea.Contribution(kind: kind, text: text))
    }
    return result.count == items.count ? result : nil
  }

  /// Reports slots the sentence cannot fill: unknown names, or data the idea does not look at.
  private mutating func checkSlots(
    _ sentence: LocalizedText, at node: Node, painPoints: [String], strengths: [String],
    needs: [String]
  ) {
    let available = PartnershipIdea.Slot.allCases.filter { slot in
      switch slot {
      case .painPoint, .painShare: !painPoints.isEmpty && strengths.isEmpty
      case .strength: !strengths.isEmpty && painPoints.isEmpty
      case .need, .share: !needs.isEmpty
      case .company, .district, .reviews, .topic, .topicShare: true
      }
    }.map(\.rawValue)
    var reported = Set<String>()
    for slot in SlotFiller.slots(in: sentence.ru) + SlotFiller.slots(in: sentence.en)
    where !available.contains(slot) && reported.insert(slot).inserted {
      reader.report(node, .unknownSlot(slot, allowed: available))
    }
  }
}
