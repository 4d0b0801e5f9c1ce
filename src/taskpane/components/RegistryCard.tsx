import { Body1, Button, Subtitle2 } from "@fluentui/react-components";
import { createRegistrySheet } from "../../excel/registrySheet";
import type { WorkbookSources } from "../workbookSources";
import { useAction } from "../hooks/useAction";
import { capabilitiesOf } from "../../shared/capabilities";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";
import { Notice } from "./Notice";

/** Whether the workbook lists the units expected to report, and a button to add that list. */
export function RegistryCard({
  registry,
  onChanged,
}: {
  registry: WorkbookSources["registry"];
  onChanged: () => Promise<void>;
}) {
  const { host, lang } = usePane();
  const action = useAction();
  const create = () =>
    action.start(async () => {
      await createRegistrySheet(host.run!, capabilitiesOf(host.isSetSupported));
      await onChanged();
    });
  return (
    <div>
      <Subtitle2 block as="h3">
        {strings.registry[lang]}
      </Subtitle2>
      <Body1 as="p">
        {registry
          ? fill(strings.registryFound[lang], { sheet: registry.sheet, n: registry.units.length })
          : strings.registryMissing[lang]}
      </Body1>
      {!registry && (
        <Button disabled={action.busy} onClick={create}>
          {strings.createRegistry[lang]}
        </Button>
      )}
      <Notice intent="error" text={action.error} onDismiss={action.clear} />
    </div>
  );
}
