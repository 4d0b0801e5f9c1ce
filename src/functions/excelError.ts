import type { Text } from "../domain";
import { say, type Language } from "../shared/language";

/** The two Excel errors our functions return; both may carry a message shown when hovering the cell. */
export type ExcelErrorCode = "#VALUE!" | "#N/A";

/**
 * Stands in for `CustomFunctions.Error` where the custom-functions runtime is absent (Node tests,
 * a browser preview): same `code` and `message`, so tests see what Excel would show.
 */
export class FunctionError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

export type CellError = CustomFunctions.Error | FunctionError;

function runtimeCode(code: ExcelErrorCode): CustomFunctions.ErrorCode {
  return code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
}

/** An error value for one cell, with its message in the user's language. */
export function cellError(code: ExcelErrorCode, message: Text, lang: Language): CellError {
  const text = say(message, lang);
  return typeof CustomFunctions === "undefined"
    ? new FunctionError(code, text)
    : new CustomFunctions.Error(runtimeCode(code), text);
}

export const notApplicable = (message: Text, lang: Language) => cellError("#N/A", message, lang);
export const invalidValue = (message: Text, lang: Language) => cellError("#VALUE!", message, lang);
