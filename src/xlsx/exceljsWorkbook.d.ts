/** exceljs' workbook class, from the file its main module takes it from (see src/xlsx/workbooks.ts). */
declare module "exceljs/lib/doc/workbook" {
  import type { Workbook } from "exceljs";
  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}
