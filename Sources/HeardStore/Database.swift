import CSQLite
#if canImport(Glibc)
import Glibc
#endif

/// A small owner of one SQLite connection. C types stay inside this module; errors carry SQLite's message and
/// the statement's purpose, never the bound values.
final class Database {
    private var handle: OpaquePointer?

    /// Opens the database at `path`, creating it unless `create` is false (then a missing file is an error).
    init(path: String, create: Bool = true) throws(StoreError) {
        let flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX
        guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            handle = nil
            throw StoreError("cannot open the store: \(message)")
        }
        sqlite3_busy_timeout(handle, 5000)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs SQL with no results (several statements allowed).
    func execute(_ sql: String) throws(StoreError) {
        var error: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &error) != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "unknown"
            sqlite3_free(error)
            throw StoreError("SQL failed: \(message)")
        }
    }

    func prepare(_ sql: String) throws(StoreError) -> Statement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw StoreError("SQL failed to prepare: \(lastMessage)")
        }
        return Statement(statement, database: self)
    }

    /// Runs `body` atomically: in a transaction of its own, or as a savepoint inside one already open (a run's),
    /// so that a part that fails leaves the rest of the run's work as it was.
    func transaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let nested = sqlite3_get_autocommit(handle) == 0
        try execute(nested ? "SAVEPOINT part" : "BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute(nested ? "RELEASE part" : "COMMIT")
            return value
        } catch {
            try? execute(nested ? "ROLLBACK TO part; RELEASE part" : "ROLLBACK")
            throw error
        }
    }

    /// Whether a transaction is open.
    var inTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    var changes: Int { Int(sqlite3_changes(handle)) }
    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }
}

/// A prepared statement. Bind with 1-based indices; step through rows.
final class Statement {
    private let statement: OpaquePointer
    private unowned let database: Database
    fileprivate static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ statement: OpaquePointer, database: Database) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    @discardableResult
    func bind(_ values: [Value]) -> Statement {
        bind { binder in
            for value in values { binder.value(value) }
        }
        return self
    }

    /// Runs a statement that returns no rows.
    func run(_ values: [Value] = []) throws(StoreError) {
        bind(values)
        try step()
    }

    /// Binds one row's values in place, without an array of `Value`s, and runs the statement: for the rows a
    /// run inserts by the hundred thousand. `bind` receives a `Binder` for this row only.
    func run(binding fill: (inout Binder) -> Void) throws(StoreError) {
        bind(fill)
        try step()
    }

    /// Clears the last row's bindings and binds this one's, in order from the first parameter.
    private func bind(_ fill: (inout Binder) -> Void) {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        var binder = Binder(statement: statement)
        fill(&binder)
    }

    /// Steps a statement that returns no rows (or whose rows are not read).
    private func step() throws(StoreError) {
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            throw StoreError("SQL failed: \(database.lastMessage)")
        }
    }

    /// Binds a statement's parameters in order, from the first.
    struct Binder {
        fileprivate let statement: OpaquePointer
        private var index: Int32 = 1

        fileprivate init(statement: OpaquePointer) { self.statement = statement }

        mutating func integer(_ value: Int64) {
            sqlite3_bind_int64(statement, index, value)
            index += 1
        }

        mutating func int(_ value: Int) { integer(Int64(value)) }

        /// Binds the text up to its first NUL character, as a C string would be read (SQLite copies it). The
        /// bytes are taken from the string's own storage: passing a `String` where C wants a `char *` copies
        /// it into a new array first, which a night did for every text column of every row it stored.
        mutating func text(_ value: String) {
            var value = value
            value.withUTF8 { bindText($0) }
            index += 1
        }

        /// Binds UTF-8 bytes as text, up to the first NUL byte as `text(_:)` does: for text written as bytes
        /// (`JSONBytes`), with no `String` made of it.
        mutating func text(bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { bindText($0) }
            index += 1
        }

        /// Binds UTF-8 bytes at the current place, up to their first NUL byte (SQLite copies them).
        private func bindText(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress else {
                sqlite3_bind_text(statement, index, "", 0, Statement.transient)
                return
            }
            let length = memchr(base, 0, bytes.count).map { UnsafeRawPointer(base).distance(to: $0) } ?? bytes.count
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                _ = sqlite3_bind_text64(statement, index, chars, UInt64(length), Statement.transient,
                                        UInt8(SQLITE_UTF8))
            }
        }

        /// SQL NULL for nil.
        mutating func text(_ value: String?) {
            if let value { text(value) } else { null() }
        }

        /// SQL NULL for nil.
        mutating func integer(_ value: Int64?) {
            if let value { integer(value) } else { null() }
        }

        mutating func null() {
            sqlite3_bind_null(statement, index)
            index += 1
        }

        mutating func value(_ value: Value) {
            switch value {
            case .null: null()
            case .integer(let number): integer(number)
            case .real(let number):
                sqlite3_bind_double(statement, index, number)
                index += 1
            case .text(let text): self.text(text)
            }
        }
    }

    /// Steps to the next row; false when done.
    func next() throws(StoreError) -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw StoreError("SQL failed: \(database.lastMessage)")
        }
    }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }
    func text(_ column: Int32) -> String {
        guard let pointer = sqlite3_column_text(statement, column) else { return "" }
        return String(cString: pointer)
    }
    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    /// A value to bind.
    enum Value {
        case null, integer(Int64), real(Double), text(String)
    }
}

extension Statement.Value {
    static func int(_ value: Int) -> Self { .integer(Int64(value)) }
    static func optional(_ text: String?) -> Self { text.map { .text($0) } ?? .null }
}
