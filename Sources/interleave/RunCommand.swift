import ArgumentParser

/// `interleave run FILE.py`: placeholder until the language lands (owned by the language engineer).
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a program and print its output (not implemented yet).")

    @Argument(parsing: .captureForPassthrough, help: "The program and options.")
    var arguments: [String] = []

    func run() throws {
        printError("interleave run: not implemented yet")
        throw ExitCode(2)
    }
}
