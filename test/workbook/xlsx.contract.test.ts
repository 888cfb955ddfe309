import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/workbook/xlsxFile";
import { describePortContract } from "../helpers/portContract";

describePortContract("XlsxWorkbook (real .xlsx bytes)", async (seed) => {
  const wb = new ExcelJS.Workbook();
  for (const sheet of seed) wb.addWorksheet(sheet.name).addRows(sheet.values);
  return XlsxWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer()));
});
