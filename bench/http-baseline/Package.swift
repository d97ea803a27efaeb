// swift-tools-version:6.2
// A bare Hummingbird + PostgresNIO server: the baseline bench/http-read.sh measures Minning against.
// Same packages and `from:` versions as Minning's own Package.swift, nothing else, so the difference
// between the two is Minning's own work per request (middleware, authentication, services), not the stack.
import PackageDescription

let package = Package(
    name: "http-baseline",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "http-baseline", targets: ["HTTPBaseline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        .executableTarget(
            name: "HTTPBaseline",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
