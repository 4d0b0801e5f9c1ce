import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { UpgradePlan } from "../../reportSheet";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";
import { upgradeWords } from "../upgradeWords";

/** Asks before a sheet is redone from the current template, saying what is kept, where, and what is not. */
export function UpgradeDialog({
  plan,
  onAnswer,
}: {
  plan: UpgradePlan | null;
  onAnswer: (ok: boolean) => void;
}) {
  const { lang } = usePane();
  return (
    <Dialog open={plan !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onAnswer(false)}>
      <DialogSurface>
        {plan && (
          <DialogBody>
            <DialogTitle>{fill(strings.upgradeAsk[lang], { sheet: plan.sheet })}</DialogTitle>
            <DialogContent>
              <ul>
                {upgradeWords(plan).map((line, i) => (
                  <li key={i}>{line[lang]}</li>
                ))}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => onAnswer(true)}>
                {strings.upgradeOk[lang]}
              </Button>
              <Button onClick={() => onAnswer(false)}>{strings.cancel[lang]}</Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
