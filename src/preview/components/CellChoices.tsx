import {
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  button: {
    position: "absolute",
    right: "-19px",
    bottom: "-1px",
    width: "18px",
    height: "20px",
    padding: 0,
    zIndex: 2,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: "10px",
    cursor: "pointer",
  },
});

interface Props {
  address: string;
  choices: string[];
  open: boolean;
  onOpen: (open: boolean) => void;
  onPick: (choice: string) => void;
}

/** The dropdown beside a list-validated cell, as Excel shows it on the selected cell (Alt+↓ opens it). */
export function CellChoices({ address, choices, open, onOpen, onPick }: Props) {
  const styles = useStyles();
  return (
    <Menu open={open} onOpenChange={(_, d) => onOpen(d.open)} positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <button
          type="button"
          className={styles.button}
          aria-label={`Chọn từ danh sách / Pick from the list (${address})`}
          onMouseDown={(e) => e.stopPropagation()}
        >
          ▼
        </button>
      </MenuTrigger>
      {/* The popover is a portal: its clicks must not reach the cell underneath, which would reselect. */}
      <MenuPopover onMouseDown={(e) => e.stopPropagation()}>
        <MenuList>
          {choices.map((choice) => (
            <MenuItem key={choice} onClick={() => onPick(choice)}>
              {choice}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
