import { useRef, useState } from "react";
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import type { PreviewWorkbook } from "../previewWorkbook";
import { openFile, saveFile } from "../workbookFile";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  hidden: { display: "none" },
});

type Note = { intent: "error" | "warning" | "success"; text: string } | null;

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Open an .xlsx from disk, download the workbook as .xlsx at any time, or start over. The work in
 * progress is kept in this browser between visits; starting over asks first, since it drops it.
 */
export function FileBar({ workbook, onStartOver }: { workbook: PreviewWorkbook; onStartOver: () => void }) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState("bao-cao.xlsx");
  const [note, setNote] = useState<Note>(null);
  const [confirming, setConfirming] = useState(false);

  const open = async (file: File) => {
    try {
      const notes = await openFile(workbook, await file.arrayBuffer());
      setFileName(file.name);
      setNote(
        notes.formulasAsValues.length
          ? {
              intent: "warning",
              text: `Đã mở ${file.name}; bản xem thử không tính được công thức ở ${notes.formulasAsValues.join(", ")}: giữ giá trị đã lưu. / Opened ${file.name}; the preview cannot calculate the formulas in those cells and keeps their saved values.`,
            }
          : { intent: "success", text: `Đã mở / Opened: ${file.name}` },
      );
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      setNote({
        intent: "error",
        text: `Không mở được ${file.name} (${why}); sổ tính giữ nguyên. / ${file.name} cannot be opened (${why}); the workbook is unchanged.`,
      });
    }
  };

  const download = async () => {
    const url = URL.createObjectURL(new Blob([await saveFile(workbook)], { type: XLSX }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div className={styles.bar}>
      <input
        ref={picker}
        type="file"
        accept=".xlsx"
        className={styles.hidden}
        data-testid="open-file"
        aria-label="Mở tệp .xlsx / Open an .xlsx file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void open(file);
        }}
      />
      <Button size="small" onClick={() => picker.current?.click()}>
        Mở tệp .xlsx… / Open .xlsx…
      </Button>
      <Button size="small" appearance="primary" onClick={() => void download()}>
        Tải về .xlsx / Download .xlsx
      </Button>
      <Button size="small" appearance="subtle" onClick={() => setConfirming(true)}>
        Bắt đầu lại / Start over
      </Button>
      <Caption1>
        Công việc được giữ trong trình duyệt này khi tải lại trang. / Your work is kept in this browser across
        reloads.
      </Caption1>
      {note && (
        <MessageBar intent={note.intent} onClick={() => setNote(null)}>
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Bắt đầu lại? / Start over?</DialogTitle>
            <DialogContent>
              Sổ tính đang làm và mọi số liệu đã nhập sẽ bị xoá khỏi trình duyệt này. Hãy “Tải về .xlsx” trước
              nếu cần giữ. / The workbook and everything typed in it will be removed from this browser.
              Download it first if you need to keep it.
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={onStartOver}>
                Xoá và bắt đầu lại / Remove and start over
              </Button>
              <Button onClick={() => setConfirming(false)}>Hủy / Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
