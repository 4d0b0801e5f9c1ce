import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { DomainError } from "../../domain";
import { usePane } from "../paneContext";

const useStyles = makeStyles({
  list: {
    margin: 0,
    flexBasis: "100%",
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
    color: tokens.colorPaletteRedForeground1,
  },
});

/** A source's problems as text anyone can read or reach by keyboard: the cell, then why. */
export function ErrorLines({ errors }: { errors: readonly DomainError[] }) {
  const styles = useStyles();
  const { lang } = usePane();
  if (!errors.length) return null;
  return (
    <ul className={styles.list}>
      {errors.map((e, i) => (
        <li key={i}>
          <Caption1>{e.cell ? `${e.cell}: ${e.message[lang]}` : e.message[lang]}</Caption1>
        </li>
      ))}
    </ul>
  );
}
