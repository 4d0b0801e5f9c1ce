import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { Refusal } from "../useGridKeys";

/** Excel's Stop alert for a refused entry: the validation's own title and message, Retry or Cancel. */
export function RefusalDialog({
  refusal,
  onRetry,
  onCancel,
}: {
  refusal: Refusal | null;
  onRetry: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog open={refusal !== null} modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface data-testid="refusal">
        <DialogBody>
          <DialogTitle>{refusal?.title}</DialogTitle>
          <DialogContent style={{ whiteSpace: "pre-line" }}>{refusal?.message}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onRetry}>
              Thử lại / Retry
            </Button>
            <Button onClick={onCancel}>Hủy / Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
