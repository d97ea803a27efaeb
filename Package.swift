// swift-tools-version:6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "minning",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "minning", targets: ["MinningCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        // Already a dependency of postgres-nio (SCRAM); used here for API-key and PII hashing.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        // Already a dependency of hummingbird; named so the service can record its own counters.
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        // Prometheus text format for GET /metrics; small, and what operators scrape.
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        // Already a dependency of hummingbird; named for the service's own housekeeping task.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // Already dependencies of hummingbird; named for the channel handler that answers a request
        // NIO's parser refuses (raw UTF-8 in a URL) with problem+json instead of an empty 400.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.34.1"),
        // The console's passwords: bcrypt from the Hummingbird family (a small C core, no other
        // dependency) instead of a hand-written slow hash.
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        // The console's pages: logic-less templates that escape every value unless told not to.
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
    ],
    targets: [
        // Rules of the domain: codes, scopes, validation. No HTTP, no SQL.
        .target(
            name: "MinningDomain",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // PostgreSQL: migrations, seeds, repositories.
        .target(
            name: "MinningPersistence",
            dependencies: [
                "MinningDomain",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        // Use cases: each owns its transaction, its scope and ownership checks and its
        // orchestration; the API, the CLI and the console are adapters over it. No HTTP here.
        .target(
            name: "MinningServices",
            dependencies: [
                "MinningDomain",
                "MinningPersistence",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                // bcrypt is slow by design: it runs on NIO's thread pool, off the event loops.
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // The JSON API and the console on Hummingbird.
        .target(
            name: "MinningHTTP",
            dependencies: [
                "MinningDomain",
                "MinningPersistence",
                "MinningServices",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "MinningCLI",
            dependencies: [
                "MinningDomain",
                "MinningPersistence",
                "MinningHTTP",
                "MinningServices",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Gives each integration test its own database cloned from a migrated template.
        .target(
            name: "MinningTestSupport",
            dependencies: [
                "MinningDomain",
                "MinningPersistence",
                "MinningServices",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MinningDomainTests",
            dependencies: ["MinningDomain", "MinningTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MinningPersistenceTests",
            dependencies: [
                "MinningDomain",
                "MinningPersistence",
                "MinningServices",
                "MinningTestSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MinningHTTPTests",
            dependencies: [
                "MinningDomain",
                "MinningHTTP",
                "MinningPersistence",
                "MinningServices",
                "MinningTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
