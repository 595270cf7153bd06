import Foundation
import Testing
@testable import PorticoCore

@Suite struct ThemeTests {
    @Test func absentValuesHideTheirSections() throws {
        let context: [String: Any] = ["x": TemplateValue.text(""), "y": TemplateValue.text("shown"), "flag": false]
        let template = try MustacheTemplateProbe.render("{{#x}}X{{/x}}{{#y}}Y{{/y}}{{#flag}}F{{/flag}}{{^x}}not-x{{/x}}", context)
        #expect(template == "Ynot-x")
        #expect(try MustacheTemplateProbe.render("[{{x}}]", ["x": TemplateValue.text(nil)]) == "[]")
    }

    @Test func templateValuesAreHTMLEscaped() throws {
        #expect(try MustacheTemplateProbe.render("{{v}}", ["v": "<script>\"&'"]) == "&lt;script&gt;&quot;&amp;&#39;")
    }

    @Test func everyThemeFileIsCompiledIn() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/PorticoCore/Theme/files")
        let walker = FileManager.default.enumerator(atPath: folder.path)!
        var onDisk: [String: Data] = [:]
        while let item = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path + "/" + item, isDirectory: &isDirectory), !isDirectory.boolValue {
                onDisk[item] = FileManager.default.contents(atPath: folder.path + "/" + item)
            }
        }
        #expect(Set(onDisk.keys) == Set(BuiltinTheme.files.keys))
        for (path, data) in onDisk { #expect(BuiltinTheme.files[path] == Array(data), "\(path) differs from the embedded copy") }
        for name in Theme.pageTemplates { #expect(BuiltinTheme.files["\(name).mustache"] != nil) }
    }
}

import Mustache

enum MustacheTemplateProbe {
    static func render(_ text: String, _ context: [String: Any]) throws -> String {
        try MustacheTemplate(string: text).render(context)
    }
}
