import { useCallback, useEffect, useState } from "react";
import { defaultFramework as fw, type Text } from "../../domain";
import { startLiveValidation } from "../../excel/liveValidation";
import { validateSheets, type SheetCheck } from "../../excel/validateSheet";
import { capabilitiesOf, FEATURES, supports } from "../../shared/capabilities";
import { errorText } from "../../shared/failure";
import { usePane } from "../paneContext";

/** The latest check of every report sheet: live as the user types (where Excel allows), or on demand. */
export function useSheetChecks() {
  const { host } = usePane();
  const [checks, setChecks] = useState<Record<string, SheetCheck>>({});
  const [error, setError] = useState<Text | null>(null);
  const [live, setLive] = useState(false);
  const record = useCallback((c: SheetCheck) => setChecks((all) => ({ ...all, [c.sheet]: c })), []);
  const fail = useCallback((e: unknown) => setError(errorText(e)), []);

  useEffect(() => {
    const run = host.run;
    if (!run || !supports(host.isSetSupported, FEATURES.liveCheck)) return;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    startLiveValidation(run, fw, record, fail).then(
      (s) => (cancelled ? void s().catch(fail) : ((stop = s), setLive(true))),
      fail,
    );
    return () => {
      cancelled = true;
      void stop?.().catch(() => undefined);
    };
  }, [host, record, fail]);

  const checkAll = useCallback(async () => {
    const found = await validateSheets(host.run!, fw, capabilitiesOf(host.isSetSupported).mergedAreas);
    setChecks(Object.fromEntries(found.map((c) => [c.sheet, c])));
    setError(null);
  }, [host]);

  return { checks, error, live, checkAll, clearError: () => setError(null) };
}
