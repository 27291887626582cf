"""Reads an XLSForm workbook with openpyxl and prints it as JSON, sheet by sheet: the order of the sheets, each
sheet's rows (every cell's value, null for an empty one), the cells that are not text, whether the header row is
bold, and the frozen pane; and every warning openpyxl gave while reading. A test of the ReintegrationScoring.Import
tests compares it with the catalog.

Usage: python3 read_xlsform.py FORM.xlsx
"""
import json
import sys
import warnings

import openpyxl


def read(path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        workbook = openpyxl.load_workbook(path)
    sheets = []
    for sheet in workbook.worksheets:
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        not_text = [cell.coordinate for row in sheet.iter_rows() for cell in row
                    if cell.value is not None and cell.data_type != "s"]
        header_bold = all(cell.font.b for cell in sheet[1] if cell.value is not None)
        sheets.append({
            "name": sheet.title,
            "rows": rows,
            "notText": not_text,
            "headerBold": header_bold,
            "freezePanes": sheet.freeze_panes,
        })
    return {"openpyxl": openpyxl.__version__, "warnings": [str(w.message) for w in caught], "sheets": sheets}


if __name__ == "__main__":
    json.dump(read(sys.argv[1]), sys.stdout, ensure_ascii=False, indent=1)
