// swift-tools-version:5.10
// Interleave: a coroutine playground served over HTTP. See README.md and the
// module layout in DESIGN notes there. Language mode 5 (tools 5.10) keeps the
// single-threaded VM free of Sendable ceremony; cross-thread hand-offs are
// confined to the Reactor's queue and the worker pool.
import PackageDescription

let package = Package(
    name: "interleave",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "interleave", targets: ["interleave"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        // System shims: header-only modules over libc / system libraries.
        .systemLibrary(name: "CEpoll", path: "Sources/CEpoll"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL", pkgConfig: "openssl",
                       providers: [.apt(["libssl-dev"])]),

        // Per-thread heap counters (a malloc interposer) and release depth
        // for the VM's memory model (Sources/Runtime/OBJECTS.md).
        .target(name: "CRuntimeSupport"),

        // The loop thread's per-request path: single-threaded by design (only
        // the documented cross-thread entry points take locks), and the dynamic
        // exclusivity checks were ~3% of its CPU under load.
        .target(name: "Reactor", dependencies: ["CEpoll"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "HTTP1", dependencies: ["Reactor", "CZlib", "COpenSSL"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        // The lexer and parser (one instance per parse, never shared between
        // threads) read and advance their position constantly: the dynamic
        // exclusivity checks were ~12% of parsing the library asyncio needs.
        .target(name: "Script", swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        // The VM's hot loop touches class fields constantly; Swift's dynamic
        // exclusivity checks cost more than the work itself there, and the
        // interpreter is single-threaded per run.
        .target(name: "Runtime", dependencies: ["Script", "CRuntimeSupport", "COpenSSL", "CZlib", .product(name: "BigInt", package: "BigInt")],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "Playground", dependencies: ["HTTP1", "Reactor", "Script", "Runtime", "COpenSSL"]),
        .executableTarget(name: "interleave", dependencies: [
            "Playground", "Runtime", "Script", "HTTP1", "Reactor",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "ReactorTests", dependencies: ["Reactor"]),
        .testTarget(name: "HTTP1Tests", dependencies: ["HTTP1"]),
        .testTarget(name: "ScriptTests", dependencies: ["Script"], exclude: ["Fixtures"]),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime", "Script"], exclude: ["Programs"]),
        .testTarget(name: "PlaygroundTests", dependencies: ["Playground"]),
        // Drives the built `interleave` binary over real sockets and pipes.
        .testTarget(name: "EndToEndTests"),
    ]
)
