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
        .library(name: "DyadStore", targets: ["DyadStore"]),
        .library(name: "DyadIngest", targets: ["DyadIngest"]),
        .library(name: "DyadServe", targets: ["DyadServe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .target(name: "DyadCore", resources: [.copy("Resources")]),
        .target(name: "CDyadKernels"),
        .target(name: "DyadText", dependencies: ["DyadCore", "CDyadKernels"], resources: [.copy("Resources")]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "DyadExtract", dependencies: ["DyadCore", "DyadText", "CLibXML2", "CZlib"]),
        .target(name: "DyadActors", dependencies: ["DyadCore", "DyadText"], resources: [.copy("Resources")]),
        .target(name: "DyadCoder", dependencies: ["DyadCore", "DyadText", "DyadActors"], resources: [.copy("Resources")]),
        .target(
            name: "DyadStore",
            dependencies: [
                "DyadCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .target(name: "DyadIngest", dependencies: ["DyadCore", "DyadExtract", "DyadCoder", "DyadStore"]),
        .target(
            name: "DyadServe",
            dependencies: [
                "DyadCore", "DyadExtract", "DyadCoder", "DyadStore", "DyadIngest",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "dyad",
            dependencies: [
                "DyadCore", "DyadText", "DyadExtract", "DyadActors", "DyadCoder", "DyadStore", "DyadIngest", "DyadServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "DyadTestSupport", dependencies: ["DyadStore"], path: "Tests/DyadTestSupport"),
        .testTarget(name: "DyadCoreTests", dependencies: ["DyadCore", "DyadTestSupport"]),
        .testTarget(name: "DyadTextTests", dependencies: ["DyadText", "DyadTestSupport"]),
        .testTarget(name: "DyadExtractTests", dependencies: ["DyadExtract", "DyadTestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "DyadActorsTests", dependencies: ["DyadActors", "DyadTestSupport"]),
        .testTarget(name: "DyadCoderTests", dependencies: ["DyadCoder", "DyadExtract", "DyadText", "DyadTestSupport"]),
        .testTarget(name: "DyadStoreTests", dependencies: ["DyadStore", "DyadTestSupport"]),
        .testTarget(
            name: "DyadServeTests",
            dependencies: [
                "DyadServe", "DyadStore", "DyadCoder", "DyadTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "DyadCLITests", dependencies: ["dyad", "DyadIngest", "DyadStore", "DyadTestSupport"]),
    ]
)

// Fuzz targets for libFuzzer (scripts/fuzz.sh): only in the manifest when DYAD_FUZZ is set, so a
// normal build or test never compiles them. The executable has no main of its own: libFuzzer's is
// linked in by `--sanitize fuzzer`.
if Context.environment["DYAD_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(
            name: "DyadFuzz",
            dependencies: ["DyadCore", "DyadText", "DyadExtract", "DyadActors", "DyadCoder"],
            path: "Fuzz/DyadFuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    )
}
