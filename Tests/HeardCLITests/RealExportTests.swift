import Foundation
import HeardCore
import HeardIngest
import Testing
@testable import HeardCLI
import HeardTestSupport

/// Real survey exports (`../shared/eval/real/exports/`, read in place, never copied) and the files to refuse:
/// `heard check` counts one respondent per data row, and `heard read` refuses what it cannot read with exit 65.
enum RealFiles {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "shared/eval/real")
    static var isPresent: Bool { FileManager.default.fileExists(atPath: root.appending(path: "README.md").path) }
}

@Suite("Real exports and refusals through the command line", .enabled(if: RealFiles.isPresent))
struct RealExportTests {
    static let root = RealFiles.root

    /// Data rows per export: its records less the header rows its tool writes (SurveyMonkey 2, Typeform 2,
    /// Qualtrics 3 or 2 in the legacy format, the SmartSurvey-shaped file 2 plus a row of NA with no respondent
    /// number, the consultation fixture with codes over questions 2, everything else 1), counted by reading
    /// each file.
    static let dataRows: [String: Int] = [
        "surveymonkey/538_star-wars-survey_StarWars.csv": 1186, "surveymonkey/538_steak-risk-survey.csv": 550,
        "surveymonkey/538_sleeping-alone-data.csv": 1093, "surveymonkey/538_thanksgiving-2015-poll-data.csv": 1058,
        "qualtrics/qualtRics_sample.csv": 1, "qualtrics/qualtRics_sample_legacy.csv": 1,
        "googleforms/autistica_form_responses.csv": 42, "googleforms/surveyinator_sample_responses.xlsx": 201,
        "limesurvey/digital-twins_results_german.csv": 96, "limesurvey/artifact-survey_results-survey54231.xlsx": 257,
        "typeform/cantera_user-survey_responses.csv": 60, "smartsurvey/cars_dummy_data.csv": 500,
        "consultation/consult_responses_lgr_format.csv": 5, "consultation/consult_responses_biomass_format.csv": 5,
    ]

    @Test("every export in the folder has a known count", arguments: ["csv", "xlsx"])
    func accounted(kind: String) throws {
        let folder = Self.root.appending(path: "exports")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".\(kind)") {
            #expect(Self.dataRows[file] != nil, "\(file) has no expected count")
        }
    }

    @Test("heard check counts one respondent per data row", arguments: dataRows.keys.sorted())
    func respondents(file: String) throws {
        let workspace = TemporaryFolder.path("heard-real")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let path = Self.root.appending(path: "exports/\(file)").path
        let result = heard(["check", path, "--json", "--workspace", workspace.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(json["respondents"] as? Int == Self.dataRows[file], "\(file): \(json["problems"] ?? "")")
    }

    @Test("every export reads as one row per respondent (SurveyMonkey's Response row left for the normaliser)",
          arguments: dataRows.keys.sorted())
    func rows(file: String) throws {
        let bytes = Array(try Data(contentsOf: Self.root.appending(path: "exports/\(file)")))
        let table = try #require(try Ingester().read(bytes, source: SourceLocation(file: file),
                                                     diagnostics: DiagnosticCollector()).first)
        let markerRow = table.rows.first?.cells.contains { ["Response", "Open-Ended Response"].contains($0) } == true
        #expect(table.rows.count - (markerRow ? 1 : 0) == Self.dataRows[file])
    }

    @Test("heard read exits 65 with the file's name and a reason for every file to refuse but the .xlsm")
    func refusals() throws {
        let folder = Self.root.appending(path: "xlsx-refuse")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count >= 13)
        for file in files {
            let result = heard(["read", folder.appending(path: file).path, "--json"])
            if file.hasSuffix(".xlsm") {
                #expect(result.code == 0, "\(file): \(result.err)")
            } else {
                #expect(result.code == 65, "\(file)")
                #expect(result.err.contains(file) && result.err.contains("error:"), "\(file): \(result.err)")
            }
        }
    }
}
