import { bindHost, type FakeExcel, type FakeExcelOptions } from "./bind";
import { loadOfficeClient } from "./node-client";

/**
 * The documented entry point (Node: tests, bench): Microsoft's own Office.js Excel client, loaded
 * fresh from `@microsoft/office-js`, bound to a fresh in-memory Excel host, plus the host's controls.
 * `fake.Excel.run(...)` runs any code written for Excel, Microsoft's samples included.
 */
export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  return bindHost(loadOfficeClient(), options);
}

export { WEB_PAYLOAD_LIMIT_BYTES } from "./host/host";
export type { InjectedFault, SyncRecord, UserEditMode, UserEditResult } from "./host/host";
export type { FakeExcel, FakeExcelOptions } from "./bind";
export type { CustomFunction } from "./calculation";
export type { Cell, CellValue } from "./cells";
export type { FakeErrorCode } from "./errors";
