import Foundation

/// Finds a workbook's parts through its relationships: the workbook itself, its sheets by name with their
/// visibility and kind, the shared strings and the styles, and whether it uses the 1904 date system. Reads
/// both transitional and Strict Open XML (whose namespaces differ but whose element names do not), and
/// falls back to the usual part names when a relationship is missing.
struct WorkbookParts {
    struct Sheet {
        var name: String
        var path: String?
        var visibility: ExportSheet.Visibility
        var kind: ExportSheet.Kind
    }

    var sheets: [Sheet] = []
    var sharedStrings: String?
    var styles: String?
    var uses1904Dates = false

    init(archive: inout ZipArchive) throws(XLSXFailure) {
        guard let workbookPath = try Self.officeDocument(in: &archive) ?? archive.name(matching: "xl/workbook.xml")
            ?? archive.names.first(where: { $0.lowercased().hasSuffix("workbook.xml") }),
            let workbook = try archive.read(workbookPath) else { throw .notAWorkbook }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/"
            + (workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        var targets: [String: (path: String, type: String)] = [:]
        if let rels = try archive.read(relsPath) {
            for (id, type, target) in try Self.relationships(rels) {
                let path = Self.resolve(target, folder: folder)
                targets[id] = (path, type)
                if type.hasSuffix("/sharedStrings") { sharedStrings = path }
                if type.hasSuffix("/styles") { styles = path }
            }
        }
        var scanner = XMLScanner(workbook)
        while true {
            let event = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.next() }
            switch event {
            case .start("workbookPr", let attributes, _):
                // Only the workbook's own properties say; an extension's `x14:workbookPr` has no date1904.
                if let value = attributes.value("date1904") { uses1904Dates = value == "1" || value == "true" }
            case .start("sheet", let attributes, _):
                let number = sheets.count + 1
                let name = attributes.value("name") ?? "Sheet\(number)"
                let target = (attributes.first { $0.name == "id" }?.value).flatMap { targets[$0] }
                var path = target?.path
                if path == nil || !archive.contains(path!) {
                    path = archive.name(matching: path ?? "")
                        ?? archive.name(matching: "\(folder)/worksheets/sheet\(attributes.value("sheetId") ?? "\(number)").xml")
                        ?? archive.name(matching: "\(folder)/worksheets/sheet\(number).xml")
                }
                sheets.append(Sheet(name: name, path: path, visibility: Self.visibility(attributes.value("state")),
                                    kind: Self.kind(type: target?.type ?? "", path: path ?? "")))
            case .endOfDocument:
                sharedStrings = sharedStrings.flatMap { archive.name(matching: $0) }
                    ?? archive.name(matching: "\(folder)/sharedStrings.xml")
                styles = styles.flatMap { archive.name(matching: $0) } ?? archive.name(matching: "\(folder)/styles.xml")
                return
            default:
                continue
            }
        }
    }

    static func visibility(_ state: String?) -> ExportSheet.Visibility {
        switch state?.lowercased() {
        case "hidden": .hidden
        case "veryhidden": .veryHidden
        default: .visible
        }
    }

    static func kind(type: String, path: String) -> ExportSheet.Kind {
        let lowered = type.lowercased()
        if lowered.hasSuffix("/chartsheet") || path.contains("chartsheets/") { return .chartsheet }
        if lowered.hasSuffix("/dialogsheet") || path.contains("dialogsheets/") { return .dialogsheet }
        if lowered.hasSuffix("macrosheet") || path.contains("macrosheets/") { return .macrosheet }
        return .worksheet
    }

    /// The workbook part named by the package relationships, if any.
    private static func officeDocument(in archive: inout ZipArchive) throws(XLSXFailure) -> String? {
        guard let rels = try archive.read("_rels/.rels") else { return nil }
        let document = try relationships(rels).first { $0.type.hasSuffix("/officeDocument") }
        return document.flatMap { archive.name(matching: resolve($0.target, folder: "")) }
    }

    /// `(Id, Type, Target)` of every `<Relationship>` in a `.rels` part.
    static func relationships(_ bytes: [UInt8]) throws(XLSXFailure) -> [(id: String, type: String, target: String)] {
        var scanner = XMLScanner(bytes)
        var found: [(id: String, type: String, target: String)] = []
        while true {
            let event = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.next() }
            if case .start("Relationship", let attributes, _) = event {
                found.append((attributes.value("Id") ?? "", attributes.value("Type") ?? "",
                              attributes.value("Target") ?? ""))
            } else if event == .endOfDocument {
                return found
            }
        }
    }

    /// Relationship targets are relative to the part's folder, or absolute from the package root; some
    /// writers use backslashes.
    static func resolve(_ target: String, folder: String) -> String {
        let target = target.replacingOccurrences(of: "\\", with: "/")
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}

extension [XMLScanner.Attribute] {
    func value(_ name: String) -> String? { first { $0.name == name }?.value }
}

extension ZipArchive {
    /// A member's bytes through the XLSX failure type.
    mutating func read(_ name: String) throws(XLSXFailure) -> [UInt8]? {
        do { return try extract(name) } catch { throw XLSXFailure(error) }
    }
}
