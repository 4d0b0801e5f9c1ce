import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { FEATURES, supports, type Feature } from "../../shared/capabilities";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";

/** True when the feature can run here; otherwise says why instead of failing. */
export function useFeature(feature: Feature): boolean {
  const { host } = usePane();
  return host.run !== null && supports(host.isSetSupported, FEATURES[feature]);
}

export function Unavailable({ feature }: { feature: Feature }) {
  const { host, lang } = usePane();
  const c = FEATURES[feature];
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <MessageBarTitle>{strings.unavailable[lang]}</MessageBarTitle>
        {host.run === null
          ? strings.noExcel[lang]
          : fill(strings.needs[lang], { set: c.set, version: c.version }) + c.text[lang] + "."}
      </MessageBarBody>
    </MessageBar>
  );
}
