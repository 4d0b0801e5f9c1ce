import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Text } from "../../domain";
import { usePane } from "../paneContext";
import { strings } from "../strings";

interface Props {
  text: Text | null | undefined;
  intent: "info" | "warning" | "error" | "success";
  onDismiss?: () => void;
}

/** A message in the user's language; errors are announced to screen readers as they appear. */
export function Notice({ text, intent, onDismiss }: Props) {
  const { lang } = usePane();
  if (!text) return null;
  return (
    <MessageBar intent={intent} politeness={intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>{text[lang]}</MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={strings.dismiss[lang]}
              icon={<DismissRegular />}
              onClick={onDismiss}
            />
          }
        />
      )}
    </MessageBar>
  );
}
