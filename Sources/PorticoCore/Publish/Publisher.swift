import Crypto
import CDiskSync
public import Foundation

/// `portico publish`: renders every portal into a new immutable version,
/// records it in the hash-chained log and switches `current` to it.
///
/// Order matters for crash safety: the version is complete under a
/// temporary name, then renamed into place, then logged, then made
/// current. `VersionStore.recover` undoes any prefix of that on the next run.
public struct Publisher: Sendable {
    public enum Outcome: Sendable {
        /// `rendered`: pages rendered; fewer than the version holds when only article bodies changed.
        case published(VersionRecord, reused: Int, written: Int, rendered: Int)
        case unchanged(Int)
    }

    public let options: BuildOptions
    public let publicPath: String
    public let message: String
    public let signKeyPath: String?

    public init(options: BuildOptions, publicPath: String, message: String, signKeyPath: String?) {
        self.options = options
        self.publicPath = publicPath
        self.message = message
        self.signKeyPath = signKeyPath
    }

    public func publish(now: Date = Date()) async throws -> (Outcome, [Diagnostic]) {
        let signingKey = try signKeyPath.map { path throws(ContentError) in try SigningKey.privateKey(at: path) }
        let articleCachePath = ArticleCache.path(publicPath: publicPath)
        let prepared = try Pipeline.prepareToRender(options, articleCache: ArticleCache.read(from: articleCachePath))
        let store = VersionStore(root: publicPath)
        do {
            try FileManager.default.createDirectory(atPath: store.versionsPath, withIntermediateDirectories: true)
        } catch {
            throw OutputError(store.versionsPath, "cannot create: \(error.localizedDescription)")
        }
        let lock = try PublishLock(path: publicPath + "/.lock")
        defer { withExtendedLifetime(lock) {} }
        try store.recover()

        let digest = SourceDigest.compute(site: prepared.site, theme: prepared.theme, options: options)
        let logLines = store.log.rawLines()
        let previous = logLines.last.flatMap { try? store.log.decode($0) }
        let previousRecord = previous.flatMap { store.record($0.n) }
        let cache = RenderCache.read(store).flatMap { $0.n == previous?.n ? $0 : nil }
        // Kept whatever the outcome: it describes the files, published or not.
        prepared.articleCache?.write(to: articleCachePath)
        if let previousRecord, previousRecord.source_digest == digest.source {
            // Nothing changed, so neither did the bodies' warnings: the cache has them.
            guard let bodyWarnings = cache?.bodyWarnings else {
                return (.unchanged(previousRecord.n), try await Pipeline.renderInputs(prepared, options, letters: false).warnings)
            }
            try Pipeline.failIfStrict(options, bodyWarnings)
            return (.unchanged(previousRecord.n), prepared.warnings(with: bodyWarnings))
        }

        let n = (previous?.n ?? 0) + 1
        let temporary = store.versionsPath + "/.tmp-\(n)-\(ProcessInfo.processInfo.processIdentifier)"
        let previousFiles = previous.flatMap { store.files($0.n) }?.files ?? []
        let reuse = previous.map { line in
            FileSink.Previous(root: store.path(of: line.n), hashes: Dictionary(uniqueKeysWithValues: previousFiles.map { ($0.path, $0.sha256) }))
        }
        // When only article bodies changed, render just their pages (and the
        // search indexes of the portals showing them); every other file is
        // the previous version's, linked. No letter can have changed then.
        let changed = cache.flatMap { cache in previousFiles.isEmpty ? nil : digest.articlesChanged(since: cache.digest, in: prepared.site) }
        let only = changed.map { Set($0.map { $0.url + "index.html" }) }
        // Nor are the unchanged bodies parsed again: the indexes take their
        // words, and the report their warnings, from the render cache.
        let changedPaths = Set((changed ?? []).map(\.path))
        var known: [String: ParsedMarkdown] = [:]
        var carried: [Diagnostic] = []
        if changed != nil, let cache {
            known = PreviousSearchWords.bodies(plans: prepared.plans, changed: changedPaths, words: cache.searchWords)
            let unparsed = Set(known.values.map(\.sourceDisplayPath))
            carried = cache.bodyWarnings.filter { unparsed.contains($0.path) }
            try Pipeline.failIfStrict(options, carried)
        }
        let inputs = try await Pipeline.renderInputs(prepared, options, reusing: known, letters: only == nil)
        let bodyWarnings = (inputs.bodyWarnings + carried).sortedByPlace()
        let summaries = try await Pipeline.renderPortals(inputs, asOf: options.asOf, jobs: options.jobs,
                                                         into: FileSink(root: temporary, previous: reuse, hashing: true),
                                                         progress: options.progress, only: only)
        var records = summaries.flatMap { s in s.records.map { $0.prefixed(s.portal.rawValue) } }
        if only != nil, let reuse {
            let rendered = Set(records.map(\.path))
            let carried = previousFiles.filter { !rendered.contains($0.path) }
            try await Self.link(carried, from: reuse.root, to: temporary, jobs: options.jobs)
            records += carried
        }
        let files = FileList(records)
        let filesJSON = files.encoded()
        var filesPerPortal: [String: Int] = [:]
        for file in files.files { filesPerPortal[String(file.path.prefix { $0 != "/" }), default: 0] += 1 }
        let record = VersionRecord(
            n: n, created: ISO8601DateFormatter().string(from: now), as_of: options.asOf.description,
            source_digest: digest.source, parent_root_hash: previousRecord?.root_hash, root_hash: SHA256Digest.hex(filesJSON),
            portals: inputs.plans.map { plan in
                let id = plan.portal.id.rawValue
                return .init(id: id, pages: plan.pages.count, files: filesPerPortal[id, default: 0])
            },
            message: message)
        let versionJSON = try Self.encode(record, at: temporary + "/version.json")
        try Self.write(filesJSON, to: temporary + "/files.json")
        let versionHash = SHA256Digest.hex(versionJSON)
        if let signingKey {
            let signature = try Self.sign(versionHash, with: signingKey)
            _ = try Self.encode(signature, at: temporary + "/signature.json")
        }
        try Self.flush(temporary)
        guard rename(temporary, store.path(of: n)) == 0 else {
            throw OutputError(store.path(of: n), "cannot move the new version into place: \(String(cString: strerror(errno)))")
        }
        let prevHash = logLines.last.map(SHA256Digest.hex) ?? SHA256Digest.zero
        try store.log.append(.init(n: n, created: record.created, as_of: record.as_of, root_hash: record.root_hash,
                                   version_hash: versionHash, prev: prevHash, message: message))
        try store.switchCurrent(to: n)
        // A partial publish parsed only some bodies: the others' words are still the cache's.
        let keptWords = only == nil ? [:] : (cache?.searchWords ?? [:]).filter { !changedPaths.contains($0.key) }
        RenderCache(n: n, digest: digest, bodyWarnings: bodyWarnings,
                    searchWords: keptWords.merging(inputs.bodies.mapValues(\.searchWords)) { $1 }).write(store)
        let reused = reuse.map { prev in files.files.filter { prev.hashes[$0.path] == $0.sha256 }.count } ?? 0
        return (.published(record, reused: reused, written: files.files.count - reused,
                           rendered: summaries.reduce(0) { $0 + $1.pages }), prepared.warnings(with: bodyWarnings))
    }

    /// Hard-links unchanged files of the previous version into the new one.
    /// Each worker takes one contiguous share of the (sorted) files: workers
    /// creating entries in the same folder queue on that folder's lock.
    static func link(_ records: [FileRecord], from old: String, to new: String, jobs: Int) async throws {
        // Paths are resolved from the two version folders, not from `/` each time.
        let oldRoot = try openFolder(old)
        defer { close(oldRoot) }
        let newRoot = try openFolder(new)
        defer { close(newRoot) }
        let shares = Parallel.shares(of: records.count, jobs: jobs)
        let results = await Parallel.map(shares, jobs: jobs) { share in
            Result { () throws(OutputError) in
                var folder = ""
                for record in records[share] {
                    let parent = FileSink.parent(of: record.path)
                    if parent != folder {
                        try FileSink.makeFolders(parent, in: newRoot, display: new)
                        folder = parent
                    }
                    guard linkat(oldRoot, record.path, newRoot, record.path, 0) == 0 else {
                        throw OutputError(new + "/" + record.path, "cannot link the unchanged file: \(String(cString: strerror(errno)))")
                    }
                }
            }
        }
        for result in results { try result.get() }
    }

    /// Everything written so far reaches the disk before the version is
    /// renamed into place: one sync of the file system holding `folder`, not
    /// one per file, and not of the machine's other disks.
    static func flush(_ folder: String) throws(OutputError) {
        let fd = try openFolder(folder)
        defer { close(fd) }
        guard portico_sync_file_system(fd) == 0 else {
            throw OutputError(folder, "cannot write the new version to the disk: \(String(cString: strerror(errno)))")
        }
    }

    /// A descriptor of `folder`, for calls that take one; the caller closes it.
    private static func openFolder(_ folder: String) throws(OutputError) -> Int32 {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(folder, "cannot open: \(String(cString: strerror(errno)))") }
        return fd
    }

    static func sign(_ versionHash: String, with key: Curve25519.Signing.PrivateKey) throws(OutputError) -> VersionSignature {
        guard let signature = try? key.signature(for: Data(versionHash.utf8)) else {
            throw OutputError("--sign-key", "signing failed")
        }
        return VersionSignature(algorithm: "ed25519", signed: versionHash, signature: signature.base64EncodedString(),
                                public_key: SigningKey.pem(key.publicKey))
    }

    static func encode(_ value: some Encodable, at path: String) throws(OutputError) -> Data {
        guard let data = try? VersionRecord.encoder().encode(value) else { throw OutputError(path, "cannot encode") }
        try write(data, to: path)
        return data
    }

    /// A plain write, like a page's: in a version the sync before it is
    /// renamed into place makes it durable (Foundation's atomic write would
    /// sync each of these files on its own, each a journal commit).
    static func write(_ data: Data, to path: String) throws(OutputError) {
        try FileSink.writeBytes(Array(data), to: path)
    }
}
