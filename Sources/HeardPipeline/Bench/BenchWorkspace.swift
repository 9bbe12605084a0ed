import Foundation

/// The workspace `heard bench --responses N` runs on, laid out as a council's would be after two years:
/// SurveyMonkey exports (`RealisticSurvey`) of two waves in year folders, the second wave downloaded twice,
/// once part way through (the autumn download) and again at the end (a cumulative re-download holding every
/// autumn row, newest first, as SurveyMonkey lists them). N responses count: 30% in the first wave, 70% in the
/// second; the autumn download's rows are read too but superseded, so 1.35 N rows are read in all.
enum BenchWorkspace {
    struct Layout: Sendable {
        /// Workspace-relative paths and how many rows each export holds.
        var exports: [(path: String, rows: Int)]
        /// Responses the summaries should count.
        var responses: Int
        /// Bytes written under `Surveys/`.
        var bytes: Int
        /// Comments in the rows written (cells of the comment columns that are not blank), counted in every
        /// export, so a stage's comments per second is the work it did.
        var comments = 0
    }

    /// With `single`, one export of `responses` rows and nothing else: the shape of one large SurveyMonkey
    /// download (the 100,000-row file), no year folders, no re-download.
    static func build(responses: Int, single: Bool = false, in workspace: Workspace) throws(PipelineError) -> Layout {
        if single {
            var survey = RealisticSurvey(seed: 2024)
            return try write([("Surveys/annual-survey-2024-25.csv",
                               survey.rows(count: responses, firstID: 1, waveStartYear: 2024))],
                             responses: responses, in: workspace)
        }
        let firstWave = responses * 3 / 10
        let secondWave = responses - firstWave
        let autumn = secondWave / 2
        var survey = RealisticSurvey(seed: 2024)
        let older = survey.rows(count: firstWave, firstID: 1, waveStartYear: 2023)
        let later = survey.rows(count: secondWave, firstID: firstWave + 1, waveStartYear: 2024)
        let files: [(String, [[String]])] = [
            ("Surveys/2023-24/annual-survey-2023-24.csv", older),
            ("Surveys/2024-25/annual-survey-2024-25 (autumn download).csv", Array(later.prefix(autumn))),
            ("Surveys/2024-25/annual-survey-2024-25.csv", later.reversed()),
        ]
        return try write(files, responses: responses, in: workspace)
    }

    private static func write(_ files: [(String, [[String]])], responses: Int,
                              in workspace: Workspace) throws(PipelineError) -> Layout {
        var layout = Layout(exports: [], responses: responses, bytes: 0)
        for (path, rows) in files {
            let bytes = [0xEF, 0xBB, 0xBF] + SyntheticSurvey.csv(
                header: RealisticSurvey.header, rows: [RealisticSurvey.secondHeader] + rows)
            try FileSystem.writeIfChanged(bytes, to: workspace.root.appending(path: path))
            layout.exports.append((path, rows.count))
            layout.bytes += bytes.count
            layout.comments += rows.map(RealisticSurvey.comments(in:)).reduce(0, +)
        }
        return layout
    }
}
