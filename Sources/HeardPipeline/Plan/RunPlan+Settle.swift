extension RunPlan {
    /// Where each export is found once the plan is carried out: path -> SHA-256 of the export held there.
    /// `isHeld` says whether content ended up held (read and stored, or already held; superseded included);
    /// `shaOf` gives a ledger export's content. A path whose file could not be read, or was rejected, keeps the
    /// export it held before when that is still held: a half-saved download never blanks a summary.
    func holdings(isHeld: (String) -> Bool, shaOf: (Int64) -> String?) -> [String: String] {
        var held: [String: String] = [:]
        for item in files {
            if let sha = item.sha256, isHeld(sha) {
                held[item.path] = sha
            } else if let earlier = item.replacing, let sha = shaOf(earlier), isHeld(sha) {
                held[item.path] = sha
            }
        }
        return held
    }
}
