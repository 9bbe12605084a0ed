/// Finds a workbook's parts through its relationships: the workbook itself, its sheets by name, the shared
/// strings and the styles, and whether it uses the 1904 date system.
struct WorkbookParts {
    struct Sheet {
        var name: String
        var path: String
    }

    var sheets: [Sheet] = []
    var sharedStrings: String?
    var styles: String?
    var uses1904Dates = false

    init(archive: inout ZipArchive) throws(XLSXFailure) {
        let workbookPath = try Self.officeDocument(in: &archive) ?? "xl/workbook.xml"
        guard let workbook = try archive.read(workbookPath) else { throw .notAWorkbook }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/"
            + (workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        var targets: [String: String] = [:]
        if let rels = try archive.read(relsPath) {
            var scanner = XMLScanner(rels)
            while true {
                let event = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.next() }
                if case .start("Relationship", let attributes, _) = event {
                    let id = attributes.value("Id") ?? "", type = attributes.value("Type") ?? ""
                    let target = Self.resolve(attributes.value("Target") ?? "", folder: folder)
                    targets[id] = target
                    if type.hasSuffix("/sharedStrings") { sharedStrings = target }
                    if type.hasSuffix("/styles") { styles = target }
                } else if event == .endOfDocument { break }
            }
        }
        var scanner = XMLScanner(workbook)
        while true {
            let event = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.next() }
            switch event {
            case .start("workbookPr", let attributes, _):
                let value = attributes.value("date1904")
                uses1904Dates = value == "1" || value == "true"
            case .start("sheet", let attributes, _):
                let name = attributes.value("name") ?? "Sheet\(sheets.count + 1)"
                let id = attributes.first { $0.name == "id" }?.value ?? ""
                let path = targets[id] ?? "\(folder)/worksheets/sheet\(sheets.count + 1).xml"
                sheets.append(Sheet(name: name, path: path))
            case .endOfDocument:
                if sharedStrings == nil, archive.contains("\(folder)/sharedStrings.xml") {
                    sharedStrings = "\(folder)/sharedStrings.xml"
                }
                if styles == nil, archive.contains("\(folder)/styles.xml") { styles = "\(folder)/styles.xml" }
                return
            default:
                continue
            }
        }
    }

    /// The workbook part named by the package relationships, if any.
    private static func officeDocument(in archive: inout ZipArchive) throws(XLSXFailure) -> String? {
        guard let rels = try archive.read("_rels/.rels") else { return nil }
        var scanner = XMLScanner(rels)
        while true {
            let event = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.next() }
            if case .start("Relationship", let attributes, _) = event,
               attributes.value("Type")?.hasSuffix("/officeDocument") == true {
                return resolve(attributes.value("Target") ?? "", folder: "")
            }
            if event == .endOfDocument { return nil }
        }
    }

    /// Relationship targets are relative to the part's folder, or absolute from the package root.
    static func resolve(_ target: String, folder: String) -> String {
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
