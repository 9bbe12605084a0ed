import Testing
@testable import HeardCore
@testable import HeardIngest

/// Reads CSV text and returns the sheet (table and header rows) and what was said about it.
func readSheet(_ text: String, headerRow: Int? = nil) throws -> (ExportSheet, [Diagnostic]) {
    let collector = DiagnosticCollector()
    let sheets = try Ingester().readSheets(Array(text.utf8), source: SourceLocation(file: "t.csv"),
                                           options: IngestOptions(headerRow: headerRow), diagnostics: collector)
    return (try #require(sheets.first), collector.diagnostics)
}

@Suite("Finding the header row")
struct HeaderDetectionTests {
    @Test("a title, a date line and blank rows above the header are skipped, and a note says so")
    func titleRows() throws {
        let (sheet, notes) = try readSheet("Care leavers survey 2025\nExported: 3 March 2025\n\nName,Age,Comment\nAsh,17,ok\nBo,19,fine\n")
        #expect(sheet.headerRow == 4)
        #expect(sheet.table?.header == ["Name", "Age", "Comment"])
        #expect(sheet.table?.rows.map(\.sourceRow) == [5, 6])
        #expect(notes.contains { $0.message.contains("header is row 4") && $0.location?.row == 4 })
    }

    @Test("a row of spaces between the title and the header is blank")
    func spacesRow() throws {
        let (sheet, _) = try readSheet("Bookings for 30/01/17,,\n  ,,\nRef,Date,Place\n1,2017-01-30,Leeds\n")
        #expect(sheet.headerRow == 3)
        #expect(sheet.table?.header == ["Ref", "Date", "Place"])
    }

    @Test("a header row is never passed over for being narrower than the row under it (two-row headers)")
    func twoRowHeaderKeepsFirst() throws {
        let text = "Respondent,Which clubs?,,,Comment\n,Football,Drama,Art,Response\n1,Football,,Art,good\n"
        let (sheet, _) = try readSheet(text)
        #expect(sheet.headerRow == 1)
    }

    @Test("a sheet that starts with values has no header: every row is data, columns named by letter")
    func headerless() throws {
        let (sheet, notes) = try readSheet("1,2024-05-01,TRUE\n2,2024-05-02,FALSE\n")
        #expect(sheet.headerRow == nil)
        #expect(sheet.table?.header == ["Column A", "Column B", "Column C"])
        #expect(sheet.table?.rows.count == 2)
        #expect(notes.contains { $0.message.contains("no header row") })
    }

    @Test("a CSV with only its header line is a header without responses")
    func csvLoneHeader() throws {
        let (sheet, _) = try readSheet("Timestamp,How safe do you feel?\n")
        #expect(sheet.headerRow == 1)
        #expect(sheet.table?.rows.isEmpty == true)
    }

    @Test("a workbook sheet with a single row keeps that row as data, so none of its cells disappear")
    func workbookLoneRow() throws {
        let bytes = WorkbookWriter.xlsx(header: ["only a row", "of words"], rows: [])
        let sheet = try #require(try Ingester().readSheets(bytes, source: SourceLocation(file: "b.xlsx"),
                                                          diagnostics: DiagnosticCollector()).first)
        #expect(sheet.headerRow == nil)
        #expect(sheet.table?.rows.map(\.cells) == [["only a row", "of words"]])
    }

    @Test("--header-row N takes row N, skipping what is above it")
    func chosenRow() throws {
        let (sheet, notes) = try readSheet("a,b\nc,d\ne,f\n", headerRow: 2)
        #expect(sheet.table?.header == ["c", "d"])
        #expect(sheet.table?.rows.map(\.cells) == [["e", "f"]])
        #expect(notes.contains { $0.message.contains("as asked") })
        #expect(throws: Diagnostic.self) { try readSheet("a,b\nc,d\n", headerRow: 9) }
    }

    @Test("headings are words; rows of numbers, dates, times and TRUE/FALSE are values", arguments: [
        (["Name", "Age"], true), (["Name", "2019", "2020"], false), (["Total", "2019"], true),
        (["1", "2.5", "3"], false), (["2024-11-04", "ok"], true), (["04/11/2024", "10:03"], false),
        (["TRUE", "FALSE"], false), (["#N/A", "x"], true),
    ])
    func headings(cells: [String], reads: Bool) {
        #expect(HeaderDetection.readsAsHeadings(cells) == reads)
    }

    @Test("how a cell looks", arguments: [
        ("12", CellAppearance.number), ("-3.5", .number), ("1,234.50", .number), ("45%", .number), ("£12", .number),
        ("1.5E+20", .number), ("2024-11-04", .date), ("2024-11-04T10:03:12", .date), ("4/11/24 9:05", .date),
        ("10:03", .time), ("255:10:10", .time), ("TRUE", .boolean), ("#DIV/0!", .error), ("Q1", .words),
        ("Eleven", .words), ("  ", .empty), ("E5", .words),
    ])
    func appearance(text: String, appearance: CellAppearance) {
        #expect(CellAppearance(text) == appearance)
    }
}

@Suite("Header rows that continue the header")
struct HeaderContinuationTests {
    @Test("Qualtrics: export tags, question text and the ImportId row are one header")
    func qualtrics() throws {
        let text = "StartDate,Q1,Q2\nStart date,How safe do you feel?,Anything else?\n"
            + "{\"ImportId\":\"startDate\"},{\"ImportId\":\"QID1\"},{\"ImportId\":\"QID2_TEXT\"}\n"
            + "2025-01-02 10:00:00,Very safe,no\n"
        let (sheet, _) = try readSheet(text)
        #expect(sheet.headerRows == [1, 2, 3])
        #expect(sheet.table?.header == ["StartDate - Start date", "Q1 - How safe do you feel?", "Q2 - Anything else?"])
        #expect(sheet.table?.rows.map(\.sourceRow) == [4])
    }

    @Test("an option row under a question row (Typeform) is folded: Question - Option")
    func optionRow() throws {
        let text = ",Which clubs?,,\n#,Football,Drama,Art\nr1,Football,,Art\nr2,,Drama,\nr3,Football,,\n"
        let (sheet, _) = try readSheet(text)
        #expect(sheet.headerRows == [1, 2])
        #expect(sheet.table?.header == ["#", "Which clubs? - Football", "Which clubs? - Drama", "Which clubs? - Art"])
        #expect(sheet.table?.rows.count == 3)
    }

    @Test("question text under codes, labels over dates, and SmartSurvey's Answer row continue the header")
    func otherShapes() throws {
        let questions = "Ident 1,Ident 2,Ident 3\nWhat is your name?,Where do you live?,Anything else\nA,B,C\n"
        #expect(try readSheet(questions).0.headerRows == [1, 2])
        let labels = "V1,V2,V3,V4\nStartDate,EndDate,Progress,Name\n2025-01-02,2025-01-03,100,Ash\n2025-02-02,2025-02-03,50,Bo\n"
        #expect(try readSheet(labels).0.table?.header == ["V1 - StartDate", "V2 - EndDate", "V3 - Progress", "V4 - Name"])
        let answer = "UserID,Q1,Q2\nNA,Answer,Other (please specify)\nNA,NA,NA\n1,Yes,\n2,No,x\n"
        let (sheet, _) = try readSheet(answer)
        #expect(sheet.table?.header == ["UserID", "Q1", "Q2 - Other (please specify)"])
        // The row of NA under the header's rows holds no answer: it goes with the header.
        #expect(sheet.headerRows == [1, 2, 3])
        #expect(sheet.table?.rows.count == 2)
    }

    @Test("SurveyMonkey's Response row is left for the normaliser, which folds it")
    func surveyMonkeyLeft() throws {
        let (sheet, _) = try readSheet("Respondent ID,How safe?,Clubs,\n,Response,Football,Art\n11,Safe,Football,\n")
        #expect(sheet.headerRows == [1])
        #expect(sheet.table?.rows.first?.cells == ["", "Response", "Football", "Art"])
    }

    /// Taking a response for a header row would lose it: these first responses stay responses.
    @Test("first responses that only look a little like headings stay responses", arguments: [
        "Age,Score,Comment\nnot sure,n/a,why ask?\n14,3,ok\n15,4,fine\n",
        "Timestamp,Name,Q1\n2025-01-01 10:00,Hidden,Agree\n2025-01-02 10:00,Hidden,Agree\n",
        "number,number as text,notes\nblah blah,blah blah,forces text\n1,2,x\n3,4,y\n",
        "A,B,C\nWhy?,How?,When?\nWhy?,How?,When?\n",
        "Q1,Q2,Q3\nNA,NA,NA\n1,2,3\n",
        "Consent,Photos ok,Name\nYes,Yes,Ash\n,Yes,Bo\nYes,,Cy\n",
    ])
    func responsesStay(text: String) throws {
        let (sheet, _) = try readSheet(text)
        #expect(sheet.headerRows == [1], "\(text)")
    }
}
