import Foundation
import PorticoCore

/// Writes diagnostics and messages, in colour only on a terminal and never with NO_COLOR.
struct Terminal {
    let handle: FileHandle
    let colour: Bool
    let isTerminal: Bool

    static let standardError = Terminal(handle: .standardError, fd: 2)
    static let standardOutput = Terminal(handle: .standardOutput, fd: 1)

    init(handle: FileHandle, fd: Int32) {
        self.handle = handle
        let env = ProcessInfo.processInfo.environment
        isTerminal = isatty(fd) == 1
        colour = isTerminal && env["NO_COLOR"] == nil && env["TERM"] != "dumb"
    }

    func line(_ text: String) {
        handle.write(Data(((isTerminal ? "\r\u{1B}[K" : "") + text + "\n").utf8))
    }

    /// Rewrites the current terminal line (a progress display); the next `line` replaces it.
    func status(_ text: String) {
        handle.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    func print(_ diagnostics: [Diagnostic]) {
        for d in diagnostics {
            guard colour else {
                line(d.description)
                continue
            }
            let tint = d.severity == .error ? "\u{1B}[1;31m" : d.severity == .warning ? "\u{1B}[1;33m" : "\u{1B}[1;36m"
            line("\u{1B}[1m\(d.path):\(d.line):\(d.column):\u{1B}[0m \(tint)\(d.severity.rawValue):\u{1B}[0m \(d.message)")
        }
    }

    func summary(_ diagnostics: [Diagnostic]) {
        let e = diagnostics.errors.count, w = diagnostics.warnings.count
        guard e + w > 0 else { return }
        line("\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")" + (e > 0 ? "; nothing was written" : ""))
    }
}
