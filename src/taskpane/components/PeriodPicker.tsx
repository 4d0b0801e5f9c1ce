import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { PeriodKind } from "../../domain";
import { PeriodKindOptions } from "./PeriodKindOptions";
import { usePane } from "../paneContext";
import { strings } from "../strings";

export interface PeriodChoice {
  kind: PeriodKind | "auto";
  year: string;
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  kind: { flexGrow: 1, minWidth: "140px" },
  year: { width: "96px" },
});

/** The period to merge; by default the one most reports are for. */
export function PeriodPicker({
  value,
  onChange,
}: {
  value: PeriodChoice;
  onChange: (v: PeriodChoice) => void;
}) {
  const styles = useStyles();
  const { lang } = usePane();
  return (
    <div className={styles.row}>
      <Field className={styles.kind} label={strings.period[lang]}>
        <Select
          value={value.kind}
          onChange={(_, d) => onChange({ ...value, kind: d.value as PeriodChoice["kind"] })}
        >
          <option value="auto">{strings.autoPeriod[lang]}</option>
          <PeriodKindOptions lang={lang} />
        </Select>
      </Field>
      {value.kind !== "auto" && (
        <Field className={styles.year} label={strings.year[lang]}>
          <Input
            type="number"
            value={value.year}
            onChange={(_, d) => onChange({ ...value, year: d.value })}
          />
        </Field>
      )}
    </div>
  );
}
