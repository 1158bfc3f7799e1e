// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Otklik",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "otklik", targets: ["otklik"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibCSV",
      providers: [.apt(["libcsv-dev"])]
    ),
    .target(
      name: "OtklikIngest",
      dependencies: ["CLibCSV"],
      linkerSettings: [.linkedLibrary("csv")]
    ),
    .target(
      name: "OtklikText",
      dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    .target(
      name: "OtklikReport",
      dependencies: ["OtklikIngest", "OtklikText"]
    ),
    .target(
      name: "OtklikBrief",
      dependencies: ["OtklikReport", "OtklikText", .product(name: "Yams", package: "Yams")]
    ),
    .target(
      name: "Otklik",
      dependencies: [
        "OtklikIngest",
        "OtklikText",
        "OtklikReport",
        "OtklikBrief",
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Yams", package: "Yams"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .executableTarget(
      name: "otklik",
      dependencies: [
        "Otklik",
        "OtklikReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .testTarget(
      name: "OtklikIngestTests", dependencies: ["OtklikIngest"], resources: [.copy("Fixtures")]),
    .testTarget(name: "OtklikTextTests", dependencies: ["OtklikText"]),
    .testTarget(name: "OtklikReportTests", dependencies: ["OtklikReport"]),
    .testTarget(
      name: "OtklikBriefTests", dependencies: ["OtklikBrief", "OtklikText"], exclude: ["Fixtures"]),
    .testTarget(name: "OtklikTests", dependencies: ["Otklik"], exclude: ["Analysis/Corpus"]),
    .testTarget(name: "otklikTests", dependencies: ["otklik"], exclude: ["Golden", "Fixtures"]),
  ]
)

// One set of strictness settings for every Swift target.
for target in package.targets where target.type != .system {
  var settings = target.swiftSettings ?? []
  settings.append(.enableUpcomingFeature("ExistentialAny"))
  settings.append(.enableUpcomingFeature("MemberImportVisibility"))
  target.swiftSettings = settings
}
