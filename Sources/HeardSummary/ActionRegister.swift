import Foundation
import HeardCore

/// One "we did" entry from `Surveys/actions.csv`.
public struct Action: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable {
        case done, inProgress = "in progress", planned

        /// Reads what an officer typed: "Done", "in-progress", "Planned ", "ongoing".
        public init?(typed: String) {
            switch TextFolding.fold(typed).replacingOccurrences(of: "-", with: " ") {
            case "done", "complete", "completed", "finished": self = .done
            case "in progress", "ongoing", "started", "doing": self = .inProgress
            case "planned", "plan", "to do", "todo", "not started": self = .planned
            default: return nil
            }
        }
    }

    public var themeID: String
    public var youSaid: String
    public var weDid: String
    public var status: Status
    public var date: String
    /// The wave it answers (e.g. `2024-25`); empty means every wave.
    public var wave: String

    public init(themeID: String, youSaid: String, weDid: String, status: Status, date: String, wave: String = "") {
        self.themeID = themeID
        self.youSaid = youSaid
        self.weDid = weDid
        self.status = status
        self.date = date
        self.wave = wave
    }
}

/// Reads the actions register from its table: columns `theme`, `you_said`, `we_did`, `status`, `date`, optional `wave`
/// (headers compared folded; "You said" and "you_said" both work).
public enum ActionRegister {
    public static func parse(_ table: Table, knownThemes: Set<String>,
                             diagnostics: any DiagnosticSink) -> [Action] {
        func column(_ names: String...) -> Int? {
            table.header.firstIndex { header in
                let key = TextFolding.fold(header).replacingOccurrences(of: "_", with: " ")
                return names.contains(key)
            }
        }
        guard let theme = column("theme", "theme id"), let weDid = column("we did", "what we did") else {
            diagnostics.emit(.error("the actions register needs columns \"theme\" and \"we_did\"", at: table.source))
            return []
        }
        let youSaid = column("you said", "what you said"), status = column("status"), date = column("date")
        let wave = column("wave")
        var actions: [Action] = []
        for row in table.rows {
            let themeID = TextFolding.fold(row[theme])
            guard !themeID.isEmpty, !TextFolding.fold(row[weDid]).isEmpty else { continue }
            if !knownThemes.contains(themeID) {
                diagnostics.emit(.warning("unknown theme id in the actions register; entry not shown",
                                          at: table.location(row: row, column: theme)))
                continue
            }
            let typedStatus = status.map { row[$0] } ?? ""
            let parsed = Action.Status(typed: typedStatus)
            if parsed == nil {
                diagnostics.emit(.warning("status not understood (use done, in progress or planned); shown as planned",
                                          at: table.location(row: row, column: status ?? 0)))
            }
            actions.append(Action(themeID: themeID, youSaid: youSaid.map { row[$0].trimmed } ?? "",
                                  weDid: row[weDid].trimmed, status: parsed ?? .planned,
                                  date: date.map { row[$0].trimmed } ?? "", wave: wave.map { row[$0].trimmed } ?? ""))
        }
        return actions
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
