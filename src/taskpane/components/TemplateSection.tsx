import { useState } from "react";
import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { defaultFramework as fw } from "../../domain";
import { capabilitiesOf } from "../../shared/capabilities";
import { useAction } from "../hooks/useAction";
import { useWorkbookSources } from "../hooks/useWorkbookSources";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";
import { templateValues } from "../templateValues";
import { Notice } from "./Notice";
import { ReportSheetList } from "./ReportSheetList";
import { TemplateForm, type TemplateValues } from "./TemplateForm";
import { Unavailable, useFeature } from "./Unavailable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Mẫu báo cáo: the framework, the unit and period, insert the template or upgrade an old one. */
export function TemplateSection({ active }: { active: boolean }) {
  const styles = useStyles();
  const { host, lang } = usePane();
  const available = useFeature("template");
  const action = useAction();
  const workbook = useWorkbookSources(active);
  const [form, setForm] = useState<TemplateValues>({
    unitCode: "",
    unitName: "",
    kind: "year",
    year: "2025",
  });
  const insert = () =>
    action.start(async () => {
      const values = templateValues(form);
      // The template writer loads on first use: the pane's first download stays small.
      const { insertTemplate } = await import(
        /* webpackChunkName: "template" */ "../../excel/insertTemplate"
      );
      const sheet = await insertTemplate(host.run!, fw, capabilitiesOf(host.isSetSupported), { values });
      await workbook.refresh();
      return { vi: fill(strings.inserted.vi, { sheet }), en: fill(strings.inserted.en, { sheet }) };
    });
  return (
    <div className={styles.root}>
      <Subtitle2 block as="h2">
        {strings.framework[lang]}
      </Subtitle2>
      <Caption1>
        {fw.name[lang]} — {strings.frameworkVersion[lang]} {fw.version}, {fw.targets.length}{" "}
        {strings.targetsCount[lang]}
      </Caption1>
      {!available && <Unavailable feature="template" />}
      <TemplateForm value={form} onChange={setForm} />
      <Button appearance="primary" size="large" disabled={!available || action.busy} onClick={insert}>
        {strings.insert[lang]}
      </Button>
      <Notice intent="success" text={action.done} onDismiss={action.clear} />
      <Notice intent="error" text={action.error ?? workbook.error} onDismiss={action.clear} />
      {available && (
        <ReportSheetList reports={workbook.sources?.reports ?? []} onChanged={workbook.refresh} />
      )}
    </div>
  );
}
