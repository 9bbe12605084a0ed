extension Store {
    /// The tables an export's rows go into by the hundred thousand.
    static let bulkTables = ["responses", "comments", "export_rows"]

    /// Runs `body`, which inserts `adding` responses (with their comments and row fingerprints), with the indexes
    /// of those tables built once afterwards instead of row by row, when the responses added are at least as many
    /// as the store already holds (a first night, or a store holding little): building an index from its table
    /// sorts once, while inserting keeps a B-tree of respondent keys in random order. With a large store and a
    /// small export, rebuilding would read every row held, so the indexes are kept up row by row as before.
    /// The indexes are dropped and made again with the very statements that made them (`sqlite_master`), inside
    /// the transaction the inserts are in: a failure or a crash rolls the drop back with the rows.
    func withIndexesBuiltAfter<T>(adding: Int, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        guard adding >= Self.indexesBuiltAfterFrom, try heldResponses() <= adding else { return try body() }
        let indexes = try bulkIndexes()
        for index in indexes { try database.execute("DROP INDEX \"\(index.name)\"") }
        let value = try body()
        for index in indexes { try database.execute(index.sql) }
        return value
    }

    /// Below this many responses the indexes are kept up row by row: too few rows to be worth a rebuild.
    static let indexesBuiltAfterFrom = 5_000

    /// The indexes on `bulkTables`, by name, with the statement that made each, in the order they were made.
    private func bulkIndexes() throws(StoreError) -> [(name: String, sql: String)] {
        let tables = Self.bulkTables.map { "'\($0)'" }.joined(separator: ", ")
        let query = try database.prepare("""
            SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(tables))
            ORDER BY rowid
            """)
        var indexes: [(name: String, sql: String)] = []
        while try query.next() { indexes.append((query.text(0), query.text(1))) }
        return indexes
    }

    /// How many responses the store holds now (in this transaction).
    private func heldResponses() throws(StoreError) -> Int {
        let query = try database.prepare("SELECT count(*) FROM responses")
        _ = try query.next()
        return query.int(0)
    }
}
