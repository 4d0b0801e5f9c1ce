/**
 * Syncs a batch that writes a new sheet. Excel applies a failed batch only up to the failing command,
 * so on failure the half-made sheets are removed (one more sync) and the error is passed on: the workbook
 * is left as it was.
 */
export async function syncOrRemove(
  context: Excel.RequestContext,
  newSheets: string | readonly (string | null)[],
): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    for (const name of typeof newSheets === "string" ? [newSheets] : newSheets)
      if (name) context.workbook.worksheets.getItemOrNullObject(name).delete();
    await context.sync().catch(() => undefined);
    throw error;
  }
}
