export { createFakeExcel, WEB_PAYLOAD_LIMIT_BYTES } from "./fake-excel";
export type { FakeExcel, FakeExcelOptions, UserEditMode, UserEditResult } from "./fake-excel";
export type { CustomFunction } from "./calculation";
export type { Cell, CellValue } from "./cells";
export { FakeOfficeError } from "./errors";
export type { FakeErrorCode } from "./errors";
