import Crypto
import Foundation

/// `portico verify`: recomputes every hash of every version and the log
/// chain, and checks signatures. Each problem names the file or log line.
public struct Verifier: Sendable {
    public let store: VersionStore
    public let publicKeyPath: String?

    public init(store: VersionStore, publicKeyPath: String?) {
        self.store = store
        self.publicKeyPath = publicKeyPath
    }

    static let ownFiles: Set<String> = ["version.json", "files.json", "signature.json"]

    public func verify() throws(ContentError) -> (versions: Int, problems: [Diagnostic]) {
        let key = try publicKeyPath.map { path throws(ContentError) in try SigningKey.publicKey(at: path) }
        var problems: [Diagnostic] = []
        let logPath = store.log.path
        let raw = store.log.rawLines()
        var previousRoot: String?
        var previousLineHash = SHA256Digest.zero
        var logged: [Int: VersionLog.Line] = [:]

        for (i, text) in raw.enumerated() {
            guard let line = try? store.log.decode(text) else {
                problems.append(.error(logPath, line: i + 1, "not a valid log line"))
                continue
            }
            if line.prev != previousLineHash {
                problems.append(.error(logPath, line: i + 1, "the chain is broken: this line does not carry the hash of line \(i)"))
            }
            if line.n != i + 1 { problems.append(.error(logPath, line: i + 1, "expected version \(i + 1), found \(line.n)")) }
            logged[line.n] = line
            previousLineHash = SHA256Digest.hex(text)
        }

        let numbers = Set(store.numbers()).union(logged.keys).sorted()
        for n in numbers {
            let folder = store.path(of: n)
            guard FileManager.default.fileExists(atPath: folder) else {
                problems.append(.error(folder, "version \(n) is in the log but its folder is missing"))
                continue
            }
            guard let line = logged[n] else {
                problems.append(.error(folder, "version \(n) is not in the log"))
                continue
            }
            guard let versionData = FileManager.default.contents(atPath: folder + "/version.json"),
                  let record = try? JSONDecoder().decode(VersionRecord.self, from: versionData) else {
                problems.append(.error(folder + "/version.json", "missing or unreadable"))
                continue
            }
            let versionHash = SHA256Digest.hex(versionData)
            if versionHash != line.version_hash {
                problems.append(.error(folder + "/version.json", "changed: its hash does not match log line \(n)"))
            }
            if record.root_hash != line.root_hash { problems.append(.error(logPath, line: n, "root hash differs from version \(n)'s")) }
            if record.parent_root_hash != previousRoot {
                problems.append(.error(folder + "/version.json", "parent root hash does not match version \(n - 1)"))
            }
            previousRoot = record.root_hash
            problems += checkFiles(folder: folder, record: record)
            problems += checkSignature(folder: folder, versionHash: versionHash, key: key)
        }
        if let current = store.current(), logged[current] == nil {
            problems.append(.error(store.root + "/current", "points to version \(current), which the log does not record"))
        }
        return (numbers.count, problems)
    }

    private func checkFiles(folder: String, record: VersionRecord) -> [Diagnostic] {
        guard let listData = FileManager.default.contents(atPath: folder + "/files.json"),
              let list = try? FileList.decode(listData) else {
            return [.error(folder + "/files.json", "missing or unreadable")]
        }
        var problems: [Diagnostic] = []
        if SHA256Digest.hex(listData) != record.root_hash {
            problems.append(.error(folder + "/files.json", "changed: its hash is not the version's root hash"))
        }
        var expected = Dictionary(uniqueKeysWithValues: list.files.map { ($0.path, $0) })
        let walker = FileManager.default.enumerator(atPath: folder)
        while let path = walker?.nextObject() as? String {
            let full = folder + "/" + path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !Verifier.ownFiles.contains(path) else { continue }
            guard let entry = expected.removeValue(forKey: path) else {
                problems.append(.error(full, "added: this file is not in files.json"))
                continue
            }
            if SHA256Digest.hex(fileAt: full) != entry.sha256 { problems.append(.error(full, "changed: its SHA-256 differs from files.json")) }
        }
        for path in expected.keys.sorted() { problems.append(.error(folder + "/" + path, "removed: listed in files.json but missing")) }
        return problems
    }

    private func checkSignature(folder: String, versionHash: String, key: Curve25519.Signing.PublicKey?) -> [Diagnostic] {
        let path = folder + "/signature.json"
        guard let data = FileManager.default.contents(atPath: path) else {
            return key == nil ? [] : [.error(path, "missing: the version is not signed")]
        }
        guard let signature = try? JSONDecoder().decode(VersionSignature.self, from: data),
              let bytes = Data(base64Encoded: signature.signature) else { return [.error(path, "unreadable signature")] }
        guard signature.signed == versionHash else { return [.error(path, "signs a different version.json")] }
        guard let key else { return [] }
        return key.isValidSignature(bytes, for: Data(versionHash.utf8)) ? [] : [.error(path, "the signature does not verify with the given public key")]
    }
}
