#!/usr/bin/env python3
"""Writes the ingest fixtures with real writers and records what each cell must read as.

Run by a developer when fixtures change (needs `pip install openpyxl xlsxwriter` and LibreOffice);
CI only reads the committed files. Each `NAME.ext` has `NAME.expected.json`: {sheet name: [rows as
objects keyed by header]}, with "" as the sheet name for CSV. Values are what the cell shows.
"""
import csv, datetime, io, json, os, shutil, subprocess, tempfile
import openpyxl, xlsxwriter
from openpyxl.styles import NamedStyle

HERE = os.path.dirname(os.path.abspath(__file__))
def out(name): return os.path.join(HERE, name)
def expect(name, sheets):
    with open(out(name.rsplit(".", 1)[0] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(sheets, f, ensure_ascii=False, indent=1)

HEADER = ["Response ID", "Submitted", "How old are you?", "Do you feel safe where you live?", "Comment"]
ROWS = [
    ["101", "04/11/2024", "14", "Always", "my carers are nice, they \"get\" me"],
    ["102", "05/11/2024", "9", "Sumtimes", "Zoë says: I’d like more contact – weekends please"],
    ["103", "06/11/2024", "", "N/A", "line one\nline two"],
    ["104", "07/11/2024", "16", " most of the time ", ""],
]
def as_objects(header, rows): return [dict(zip(header, r + [""] * (len(header) - len(r)))) for r in rows]

# --- CSV dialects as Excel writes them ---------------------------------------------------------------
def write_csv(name, encoding, delimiter, newline="\r\n", bom=b""):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEADER); w.writerows(ROWS)
    with open(out(name), "wb") as f:
        f.write(bom + buf.getvalue().encode(encoding))
    expect(name, {"": as_objects(HEADER, ROWS)})
write_csv("excel-csv-utf8.csv", "utf-8", ",", bom=b"\xef\xbb\xbf")          # "CSV UTF-8 (Comma delimited)"
write_csv("excel-csv-windows1252.csv", "cp1252", ",")                        # "CSV (Comma delimited)"
write_csv("excel-unicode-text.txt", "utf-16-le", "\t", bom=b"\xff\xfe")      # "Unicode Text"
write_csv("excel-csv-semicolon.csv", "cp1252", ";")                          # European-locale Excel
write_csv("google-forms-lf.csv", "utf-8", ",", newline="\n")                 # Google Forms download

# --- openpyxl ----------------------------------------------------------------------------------------
def openpyxl_book(name, epoch1904=False):
    wb = openpyxl.Workbook()
    if epoch1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = wb.active; ws.title = "Responses"
    ws.append(["ID", "Submitted", "Date of birth", "Age", "Score", "Share", "Consent", "Comment"])
    ws.append([1, datetime.datetime(2024, 11, 4, 10, 3, 12), datetime.date(2010, 6, 15), 14, 7.5, 0.1 + 0.2, True, "Café & “quotes” <ok>"])
    ws.append([2, datetime.datetime(2025, 2, 28, 0, 0, 0), datetime.date(2008, 12, 31), 16, 3.0, 1e-7, False, "  spaces kept  "])
    ws["B3"].number_format = "dd/mm/yyyy"
    ws.cell(row=5, column=1, value=4)      # a sparse row: row 4 is missing
    ws.cell(row=5, column=8, value="only first and last")
    ws["C2"].number_format = "d mmm yyyy"; ws["C3"].number_format = "yyyy-mm-dd"
    notes = wb.create_sheet("Notes")
    notes.append(["Note"]); notes.append(["second sheet"])
    wb.save(out(name))
    expect(name, {
        "Responses": [
            {"ID": "1", "Submitted": "2024-11-04T10:03:12", "Date of birth": "2010-06-15", "Age": "14", "Score": "7.5",
             "Share": "0.3", "Consent": "TRUE", "Comment": "Café & “quotes” <ok>"},
            {"ID": "2", "Submitted": "2025-02-28", "Date of birth": "2008-12-31", "Age": "16", "Score": "3",
             "Share": "1E-07", "Consent": "FALSE", "Comment": "  spaces kept  "},
            {"ID": "4", "Submitted": "", "Date of birth": "", "Age": "", "Score": "", "Share": "", "Consent": "",
             "Comment": "only first and last"},
        ],
        "Notes": [{"Note": "second sheet"}],
    })
openpyxl_book("openpyxl-survey.xlsx")
openpyxl_book("openpyxl-1904-dates.xlsx", epoch1904=True)

# --- xlsxwriter: rich text, cached formula values, custom formats, inline strings ----------------------
def xlsxwriter_book(name, constant_memory=False):
    wb = xlsxwriter.Workbook(out(name), {"constant_memory": constant_memory})
    ws = wb.add_worksheet("Survey 2024")
    bold = wb.add_format({"bold": True})
    uk = wb.add_format({"num_format": "dd/mm/yyyy"})
    stamp = wb.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    clock = wb.add_format({"num_format": "hh:mm"})
    pct = wb.add_format({"num_format": "0%"})
    two = wb.add_format({"num_format": "0.00"})
    for col, text in enumerate(["Name", "Completed", "Time", "Happy", "Half", "Total", "Said", "Big"]):
        ws.write_string(0, col, text, bold)
    ws.write_string(1, 0, "Aisha")
    ws.write_datetime(1, 1, datetime.datetime(2024, 11, 4, 18, 32), stamp)
    ws.write_datetime(1, 2, datetime.datetime(1899, 12, 31, 9, 5), clock)
    ws.write_number(1, 3, 8)
    ws.write_number(1, 4, 0.5, pct)
    ws.write_formula(1, 5, "=D2*2", None, 16)
    ws.write_rich_string(1, 6, "I ", bold, "really", " like my ", bold, "carers")
    ws.write_number(1, 7, 123456789012)
    ws.write_string(2, 0, "Tomasz")
    ws.write_datetime(2, 1, datetime.datetime(2024, 12, 1), uk)
    ws.write_blank(2, 2, None)
    ws.write_number(2, 3, 2.25, two)
    ws.write_formula(2, 5, '=IF(D3>5,"ok","low")', None, "low")
    ws.write_boolean(2, 6, True)
    ws.write_number(2, 7, -0.125)
    wb.close()
    expect(name, {"Survey 2024": [
        {"Name": "Aisha", "Completed": "2024-11-04T18:32:00", "Time": "09:05:00", "Happy": "8", "Half": "0.5",
         "Total": "16", "Said": "I really like my carers", "Big": "123456789012"},
        {"Name": "Tomasz", "Completed": "2024-12-01", "Time": "", "Happy": "2.25", "Half": "", "Total": "low",
         "Said": "TRUE", "Big": "-0.125"},
    ]})
xlsxwriter_book("xlsxwriter-rich.xlsx")
xlsxwriter_book("xlsxwriter-constant-memory.xlsx", constant_memory=True)

# --- LibreOffice: a CSV re-saved as XLSX, and CSVs in its own dialects --------------------------------
source = tempfile.mkdtemp()
with open(os.path.join(source, "lo-source.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f); w.writerow(HEADER); w.writerows(ROWS)
def soffice(target_filter, ext, name):
    target = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2", "--convert-to",
                    target_filter, "--outdir", target, os.path.join(source, "lo-source.csv")], check=True,
                   capture_output=True)
    shutil.move(os.path.join(target, "lo-source." + ext), out(name))
soffice("xlsx", "xlsx", "libreoffice-calc.xlsx")
expect("libreoffice-calc.xlsx", {"lo-source": as_objects(HEADER, ROWS)})
soffice("csv:Text - txt - csv (StarCalc):59,34,76,1", "csv", "libreoffice-semicolon-utf8.csv")
expect("libreoffice-semicolon-utf8.csv", {"": as_objects(HEADER, ROWS)})
soffice("csv:Text - txt - csv (StarCalc):9,34,65535,1", "csv", "libreoffice-tab-utf16.csv")
expect("libreoffice-tab-utf16.csv", {"": as_objects(HEADER, ROWS)})
print("fixtures written to", HERE)
