import Foundation

/// `portico evidence`: a folder that proves what a version held, readable
/// without Portico: the version record, its file list, the log up to it,
/// the signature, with `--portal` a copy of that portal's files, and a
/// README saying how to check each piece and get an RFC 3161 timestamp.
public struct EvidenceBundle: Sendable {
    public let store: VersionStore
    public let n: Int
    public let portal: String?
    public let out: String

    public init(store: VersionStore, n: Int, portal: String?, out: String) {
        self.store = store
        self.n = n
        self.portal = portal
        self.out = out
    }

    public func write() throws -> [String] {
        let fm = FileManager.default
        let folder = store.path(of: n)
        guard let record = store.record(n), let files = store.files(n) else {
            throw ContentError([.error(folder, "no version \(n) (versions: \(store.numbers().map(String.init).joined(separator: ", ")))")])
        }
        if let portal, !record.portals.contains(where: { $0.id == portal }) {
            throw ContentError([.error("--portal", "version \(n) has no portal '\(portal)' (portals: \(record.portals.map(\.id).joined(separator: ", ")))")])
        }
        if fm.fileExists(atPath: out) { throw OutputError(out, "already exists; evidence bundles are never overwritten") }
        do {
            try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
            for name in ["version.json", "files.json", "signature.json"] where fm.fileExists(atPath: folder + "/" + name) {
                try fm.copyItem(atPath: folder + "/" + name, toPath: out + "/" + name)
            }
            let lines = store.log.rawLines().prefix(n).map { $0 + "\n" }.joined()
            try Publisher.write(Data(lines.utf8), to: out + "/log.jsonl")
            if let portal {
                try fm.copyItem(atPath: folder + "/" + portal, toPath: out + "/" + portal)
            }
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(out, "cannot write the bundle: \(error.localizedDescription)")
        }
        try Publisher.write(Data(readme(record, files: files).utf8), to: out + "/README.txt")
        return (try? fm.contentsOfDirectory(atPath: out).sorted()) ?? []
    }

    private func readme(_ record: VersionRecord, files: FileList) -> String {
        let portalLine = portal.map { "The folder \($0)/ is a byte-for-byte copy of what portal '\($0)' served in this version.\n" } ?? ""
        return """
        Evidence for version \(record.n), published \(record.created), figures as of \(record.as_of).
        Root hash: \(record.root_hash)
        \(portalLine)
        What each file proves
          files.json     every file of the version with its size and SHA-256; its own
                         SHA-256 is the root hash above.
          version.json   the version record (root hash, parent's root hash, as-of date).
          log.jsonl      the publish log up to this version: each line carries the
                         SHA-256 of the line before it, and this version's line the
                         SHA-256 of version.json.
          signature.json (when present) an Ed25519 signature over SHA-256(version.json).

        How to check it
          sha256sum files.json          # equals root_hash in version.json and the last log line
          sha256sum version.json        # equals version_hash in the last log line
          \(portal.map { "cd \($0) && find . -type f | sort   # compare each file's sha256sum with files.json" } ?? "")
          portico verify                # on the published folder: every hash, the chain, signatures

        Proving when: a log kept by the company shows tampering but not the date.
        Have a timestamp authority of your choice (RFC 3161) countersign the version:
          openssl ts -query -data version.json -sha256 -cert -out version.tsq
          curl -s -H 'Content-Type: application/timestamp-query' --data-binary @version.tsq \\
               https://YOUR-TSA.example/tsr -o version.tsr
          openssl ts -verify -data version.json -in version.tsr -CAfile tsa-ca.pem
        Keep version.tsq and version.tsr in this folder.

        """
    }
}
