import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { ReplaceQuestion } from "../hooks/useMerge";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";

/** Asks before a merge replaces this period's earlier consolidation, saying whether it was edited since. */
export function ReplaceDialog({ question }: { question: ReplaceQuestion | null }) {
  const { lang } = usePane();
  const edited = question?.previous.edited;
  const editedWord = edited ? strings.editedYes : edited === false ? strings.editedNo : strings.editedUnknown;
  return (
    <Dialog
      open={question !== null}
      modalType="alert"
      onOpenChange={(_, data) => !data.open && question?.answer("cancel")}
    >
      <DialogSurface>
        {question && (
          <DialogBody>
            <DialogTitle>{strings.replaceAsk[lang]}</DialogTitle>
            <DialogContent>
              {fill(strings.replaceWhich[lang], { sheet: question.previous.sheet, edited: editedWord[lang] })}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => question.answer("replace")}>
                {strings.replaceOk[lang]}
              </Button>
              <Button onClick={() => question.answer("beside")}>{strings.replaceBeside[lang]}</Button>
              <Button onClick={() => question.answer("cancel")}>{strings.cancel[lang]}</Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
