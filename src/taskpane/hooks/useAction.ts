import { useCallback, useState } from "react";
import type { Text } from "../../domain";
import { errorText } from "../../shared/failure";

export interface Action {
  busy: boolean;
  error: Text | null;
  done: Text | null;
  clear: () => void;
  /** Runs `work`; its result's words (if any) become `done`, a failure becomes `error`: never swallowed. */
  start: (work: () => Promise<Text | void>) => Promise<void>;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Text | null>(null);
  const [done, setDone] = useState<Text | null>(null);
  const clear = useCallback(() => {
    setError(null);
    setDone(null);
  }, []);
  const start = useCallback(async (work: () => Promise<Text | void>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone((await work()) ?? null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, done, clear, start };
}
