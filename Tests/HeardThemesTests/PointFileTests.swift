import Foundation
import Testing
@testable import HeardCore
@testable import HeardThemes

@Suite("Points files")
struct PointFileTests {
    static let small = """
    # notes are skipped
    framework: test-framework

    theme: friends-and-family
    point: time-with-grandparents
    label: Time with grandparents
    plain: want to see your grandparents more
    cues: grandad, grandma, gran*
    cues: visit my nan

    point: pets-at-home
    label: Pets at home
    together: look after, walk | dog, cat

    theme: school
    point: school-generally
    label: How school goes
    broad: yes
    cues: school
    """

    @Test("a points file reads into points under their themes, in order")
    func reads() throws {
        let book = try PointFile.parse(Self.small, source: SourceLocation(file: "test.points.txt"))
        #expect(book.frameworkID == "test-framework")
        #expect(book.points.map(\.id) == ["time-with-grandparents", "pets-at-home", "school-generally"])
        #expect(book.points.map(\.themeID) == ["friends-and-family", "friends-and-family", "school"])
        #expect(book.points[0].cues == ["grandad", "grandma", "gran*", "visit my nan"])
        #expect(book.points[0].plain == "want to see your grandparents more")
        #expect(book.points[1].plain == "told us about pets at home")
        #expect(book.points[1].pairs == [CuePair(first: ["look after", "walk"], second: ["dog", "cat"])])
        #expect(book.points[2].isBroad && !book.points[0].isBroad)
        #expect(book.points(of: "school").map(\.id) == ["school-generally"])
    }

    @Test("mistakes are named with their line", arguments: [
        ("framework: f\ntheme: t\npoint: p\nlabel: Pets\ncues: dog", 4, "two words"),
        ("framework: f\ntheme: t\npoint: p\nlabel: My pets\ncues: dog\npoint: p\nlabel: Our pets\ncues: cat", 6, "twice"),
        ("framework: f\ntheme: t\npoint: p\nlabel: My pets\ncolour: blue", 5, "unknown key"),
        ("framework: f\ntheme: t\npoint: p\nlabel: My pets", 3, "no \"cues:\""),
        ("framework: f\npoint: p\nlabel: My pets\ncues: dog", 2, "before the first"),
        ("framework: f\ntheme: t\npoint: My Pets\nlabel: My pets\ncues: dog", 3, "lower-case"),
        ("framework: f\ntheme: t\npoint: p\nlabel: My pets\ntogether: dog, cat", 5, "both sides"),
        ("framework: f\ntheme: t\ncues: dog", 3, "outside a point"),
    ])
    func mistakes(text: String, line: Int, words: String) {
        #expect {
            _ = try PointFile.parse(text, source: SourceLocation(file: "council.points.txt"))
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.location?.row == line && diagnostic.message.contains(words)
                && diagnostic.location?.file == "council.points.txt"
        }
    }

    @Test("a file with no framework line is refused")
    func noFramework() {
        #expect(throws: Diagnostic.self) { try PointFile.parse("theme: t\npoint: p\nlabel: My pets\ncues: dog", source: SourceLocation(file: "x")) }
    }

    @Test("a council's points add to the shipped ones, and one with the same id replaces it in place")
    func merging() throws {
        let shipped = try PointFile.parse(Self.small, source: SourceLocation(file: "a"))
        let council = try PointFile.parse("""
        framework: test-framework
        theme: school
        point: school-dinners
        label: School dinners
        cues: dinner*, lunch
        theme: friends-and-family
        point: pets-at-home
        label: Our pets at home
        cues: dog
        """, source: SourceLocation(file: "b"))
        let merged = shipped.adding(council)
        #expect(merged.points.map(\.id) == ["time-with-grandparents", "pets-at-home", "school-generally", "school-dinners"])
        #expect(merged.points[1].label == "Our pets at home")
    }

    @Test("points under a theme the framework lacks are reported")
    func unknownTheme() throws {
        let book = try PointFile.parse(Self.small, source: SourceLocation(file: "a"))
        let framework = ThemeFramework(id: "test-framework", title: "T", themes: [.init(id: "school", title: "School")])
        #expect(PointFile.problems(book, framework: framework).count == 2)
    }

    @Test("the shipped points: every theme of every framework has 4 to 10, labels of two words or more, no stray themes")
    func shipped() throws {
        for framework in BuiltInCodebooks.frameworks() {
            let text = try #require(BuiltInPoints.texts[framework.id])
            let book = try PointFile.parse(text, source: SourceLocation(file: framework.id))
            #expect(book.frameworkID == framework.id)
            #expect(book == BuiltInPoints.book(for: framework.id))
            #expect(PointFile.problems(book, framework: framework).isEmpty)
            for theme in framework.themes {
                let points = book.points(of: theme.id)
                #expect((4...10).contains(points.count), "\(framework.id) \(theme.id) has \(points.count) points")
                #expect(points.filter(\.isBroad).count <= 1, "\(theme.id): one broad point at most")
            }
            for point in book.points {
                #expect(point.labelWordCount >= 2, "\(point.id)")
                #expect(point.label.count <= 45, "\(point.id): a label is a short heading")
                #expect(!point.plain.isEmpty && point.plain.first!.isLowercase, "\(point.id): plain words follow \"9 of you\"")
            }
        }
    }

    @Test("each embedded points file is the file on disk, byte for byte")
    func embedded() throws {
        let folder = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Sources/HeardThemes/Data/points")
        for (id, text) in BuiltInPoints.texts {
            var disk = try String(contentsOf: folder.appending(path: "\(id).txt"), encoding: .utf8)
            if disk.hasPrefix("\u{FEFF}") { disk.removeFirst() }
            #expect(disk == text, "\(id)")
        }
    }
}
