// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dyad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dyad", targets: ["dyad"]),
        .library(name: "DyadCore", targets: ["DyadCore"]),
        .library(name: "DyadText", targets: ["DyadText"]),
        .library(name: "DyadExtract", targets: ["DyadExtract"]),
        .library(name: "DyadActors", targets: ["DyadActors"]),
        .library(name: "DyadCoder", targets: ["DyadCoder"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "DyadCore", resources: [.copy("Resources")]),
        .target(name: "DyadText", dependencies: ["DyadCore"], resources: [.copy("Resources")]),
        .target(name: "DyadExtract", dependencies: ["DyadCore", "DyadText"]),
        .target(name: "DyadActors", dependencies: ["DyadCore", "DyadText"], resources: [.copy("Resources")]),
        .target(name: "DyadCoder", dependencies: ["DyadCore", "DyadText", "DyadActors"], resources: [.copy("Resources")]),
        .executableTarget(
            name: "dyad",
            dependencies: [
                "DyadCore", "DyadText", "DyadExtract", "DyadActors", "DyadCoder",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "DyadTestSupport", path: "Tests/DyadTestSupport"),
        .testTarget(name: "DyadCoreTests", dependencies: ["DyadCore"]),
        .testTarget(name: "DyadTextTests", dependencies: ["DyadText", "DyadTestSupport"]),
        .testTarget(name: "DyadExtractTests", dependencies: ["DyadExtract", "DyadTestSupport"]),
        .testTarget(name: "DyadActorsTests", dependencies: ["DyadActors", "DyadTestSupport"]),
        .testTarget(name: "DyadCoderTests", dependencies: ["DyadCoder", "DyadExtract", "DyadTestSupport"]),
        .testTarget(name: "DyadCLITests", dependencies: ["dyad", "DyadTestSupport"]),
    ]
)
