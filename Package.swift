// swift-tools-version:6.0
import PackageDescription

let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "portico",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "portico", targets: ["portico"]),
        .library(name: "PorticoCore", targets: ["PorticoCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CDiskSync"),
        .target(
            name: "PorticoCore",
            dependencies: [
                "CCMark",
                "CDiskSync",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.embedInCode("Theme/files"), .embedInCode("Theme/starter")],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "portico",
            dependencies: [
                "PorticoCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            swiftSettings: strictness
        ),
        .target(
            name: "PorticoTestSupport",
            dependencies: ["PorticoCore"],
            path: "Tests/PorticoTestSupport",
            swiftSettings: strictness
        ),
        .testTarget(
            name: "PorticoCoreTests",
            dependencies: ["PorticoCore", "PorticoTestSupport"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "porticoTests",
            dependencies: ["PorticoTestSupport", "portico"],
            swiftSettings: strictness
        ),
    ]
)
