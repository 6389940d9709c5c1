import ArgumentParser
import Foundation
import Runtime

/// `interleave run FILE.py|-`: runs a program and prints its output; an
/// uncaught exception's traceback goes to stderr.
/// Exit status: 0 completed, 1 uncaught exception, 2 usage or syntax error,
/// 3 deadlock, 4 a sandbox limit (named on stderr).
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a program and print its output.")

    @Argument(help: "The program file, or - for standard input.")
    var file: String

    @Option(help: "Scheduling policy: fifo or random.")
    var policy: String = "fifo"

    @Option(help: "Seed for the random policy.")
    var seed: Int = 0

    @Option(help: "Replay a schedule: comma-separated choices.")
    var schedule: String?

    @Option(help: "Write the trace (JSON) to this file.")
    var trace: String?

    @Option(name: .customLong("chrome-trace"), help: "Write a Chrome trace to this file.")
    var chromeTrace: String?

    @Option(help: "Instruction limit.")
    var steps: Int?

    @Option(help: "Wall-clock limit in seconds.")
    var wall: Double?

    func run() throws {
        let source: String
        let filename: String
        if file == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            source = String(decoding: data, as: UTF8.self)
            filename = "<stdin>"
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("interleave run: cannot read \(file)")
                throw ExitCode(2)
            }
            source = String(decoding: data, as: UTF8.self)
            filename = file
        }
        var limits = Limits()
        if let s = steps { limits.steps = s }
        if let w = wall { limits.wallSeconds = w } else { limits.wallSeconds = 10 }
        let outcome = ProgramRunner.run(source: source, filename: filename, limits: limits)
        FileHandle.standardOutput.write(Data(outcome.stdout.utf8))
        if !outcome.stderr.isEmpty { FileHandle.standardError.write(Data(outcome.stderr.utf8)) }
        if let t = outcome.errorText { FileHandle.standardError.write(Data(t.utf8)) }
        switch outcome.status {
        case .completed: return
        case .exception: throw ExitCode(1)
        case .syntaxError: throw ExitCode(2)
        case .deadlock: throw ExitCode(3)
        case .limit: throw ExitCode(4)
        }
    }
}
