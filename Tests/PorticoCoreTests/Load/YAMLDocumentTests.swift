import Foundation
import Testing
@testable import PorticoCore

@Suite struct YAMLDocumentTests {
    struct Sample: Decodable {
        let name: String
        let code: String
        let count: Int?
    }

    @Test func textStaysWhatTheAuthorWrote() throws {
        let doc = try YAMLDocument(text: "name: NO\ncode: 012\n", path: "x.yml")
        let sample = try doc.decode(Sample.self)
        #expect(sample.name == "NO")
        #expect(sample.code == "012")
    }

    @Test func billionLaughsIsRefusedQuickly() {
        let yaml = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """
        #expect {
            try YAMLDocument(text: yaml, path: "bomb.yml")
        } throws: { error in
            let d = (error as? ContentError)?.diagnostics.first
            return d?.line == 1 && d?.message.contains("anchors and aliases") == true
        }
    }

    @Test func oversizedFilesAreRefused() {
        let big = "k: " + String(repeating: "x", count: YAMLDocument.maxBytes) + "\n"
        #expect { try YAMLDocument(text: big, path: "big.yml") } throws: {
            ($0 as? ContentError)?.diagnostics.first?.message.contains("larger than") == true
        }
    }

    @Test func decodingErrorsPointAtTheKeyLine() throws {
        let doc = try YAMLDocument(text: "name: a\ncode: b\ncount: many\n", path: "x.yml", lineOffset: 1)
        #expect { try doc.decode(Sample.self) } throws: {
            let d = ($0 as? ContentError)?.diagnostics.first
            return d?.line == 4 && d?.message.contains("'count' should be a whole number") == true
        }
        let missing = try YAMLDocument(text: "name: a\n", path: "x.yml")
        #expect { try missing.decode(Sample.self) } throws: {
            ($0 as? ContentError)?.diagnostics.first?.message == "missing required key 'code'"
        }
    }

    @Test func syntaxAndDuplicateKeyErrorsCarryTheirPlace() {
        #expect { try YAMLDocument(text: "a: [1, 2\nb: 3\n", path: "x.yml") } throws: {
            ($0 as? ContentError)?.diagnostics.first?.message.hasPrefix("invalid YAML") == true
        }
        #expect { try YAMLDocument(text: "a: 1\nb: 2\na: 3\n", path: "x.yml") } throws: {
            ($0 as? ContentError)?.diagnostics.first?.message.contains("duplicate key 'a'") == true
        }
    }
}
