/**
 * Syncs a batch that writes a new sheet. Excel applies a failed batch only up to the failing command,
 * so on failure the half-made sheet is removed (one more sync) and the error is passed on: the workbook
 * is left as it was.
 */
export async function syncOrRemove(context: Excel.RequestContext, newSheet: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    context.workbook.worksheets.getItemOrNullObject(newSheet).delete();
    await context.sync().catch(() => undefined);
    throw error;
  }
}
