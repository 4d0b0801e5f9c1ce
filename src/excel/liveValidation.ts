import type { Framework } from "../domain";
import type { ExcelRun } from "./run";
import { validateSheet, type SheetCheck } from "./validateSheet";

/**
 * Re-checks a report sheet on every change or paste made by the user (never on the add-in's own
 * writes). Changes that arrive while a sheet is being checked are folded into one more check.
 * Needs the workbook's change events (Capabilities.changeEvents, ExcelApi 1.9).
 * Returns a function that stops listening.
 */
export async function startLiveValidation(
  run: ExcelRun,
  fw: Framework,
  onCheck: (check: SheetCheck) => void,
  onError: (error: unknown) => void,
): Promise<() => Promise<void>> {
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();

  const check = (sheetId: string): Promise<void> => {
    if (running.has(sheetId)) {
      again.add(sheetId);
      return running.get(sheetId)!;
    }
    const job = (async () => {
      do {
        again.delete(sheetId);
        try {
          const result = await validateSheet(run, fw, sheetId);
          if (result) onCheck(result);
        } catch (error) {
          onError(error);
        }
      } while (again.has(sheetId));
      running.delete(sheetId);
    })();
    running.set(sheetId, job);
    return job;
  };

  const handler = async (event: Excel.WorksheetChangedEventArgs) => {
    if (event.triggerSource === "ThisLocalAddin") return;
    await check(event.worksheetId);
  };

  const registration = await run(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    return result;
  });

  // An event registration is removed through the context that added it.
  return async () => {
    registration.remove();
    await registration.context.sync();
  };
}
