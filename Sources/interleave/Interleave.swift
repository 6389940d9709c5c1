import ArgumentParser

/// `interleave`: the coroutine playground's server and command-line runner.
@main
struct Interleave: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interleave",
        abstract: "A coroutine playground: run async Python programs under a deterministic scheduler and see the interleaving.",
        subcommands: [Serve.self, Run.self, Explore.self, Healthcheck.self]
    )
}
