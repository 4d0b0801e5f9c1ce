import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { PeriodKind } from "../../domain";
import { PeriodKindOptions } from "./PeriodKindOptions";
import { usePane } from "../paneContext";
import { strings } from "../strings";

export interface TemplateValues {
  unitCode: string;
  unitName: string;
  kind: PeriodKind;
  year: string;
}

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalS, gridTemplateColumns: "minmax(0, 1fr)" },
});

/** The unit and period written into a new template (all may be left blank and typed in the sheet). */
export function TemplateForm({
  value,
  onChange,
}: {
  value: TemplateValues;
  onChange: (v: TemplateValues) => void;
}) {
  const styles = useStyles();
  const { lang } = usePane();
  return (
    <div className={styles.form}>
      <Field label={strings.unitCode[lang]}>
        <Input value={value.unitCode} onChange={(_, d) => onChange({ ...value, unitCode: d.value })} />
      </Field>
      <Field label={strings.unitName[lang]}>
        <Input value={value.unitName} onChange={(_, d) => onChange({ ...value, unitName: d.value })} />
      </Field>
      <Field label={strings.periodKind[lang]}>
        <Select value={value.kind} onChange={(_, d) => onChange({ ...value, kind: d.value as PeriodKind })}>
          <PeriodKindOptions lang={lang} />
        </Select>
      </Field>
      <Field label={strings.year[lang]}>
        <Input
          type="number"
          inputMode="numeric"
          value={value.year}
          onChange={(_, d) => onChange({ ...value, year: d.value })}
        />
      </Field>
    </div>
  );
}
