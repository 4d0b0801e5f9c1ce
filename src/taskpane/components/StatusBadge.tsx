import { Badge, type BadgeProps } from "@fluentui/react-components";
import { statusText, type Status } from "../../domain";
import { usePane } from "../paneContext";

const BAND: Record<Status, BadgeProps["color"]> = {
  met: "success",
  not_met: "danger",
  pending: "warning",
  missing: "important",
  na: "subtle",
};

/** A status in its colour band, always with its words (colour is never the only sign). */
export function StatusBadge({ status }: { status: Status }) {
  const { lang } = usePane();
  return (
    <Badge appearance="tint" color={BAND[status]} shape="rounded" data-status={status}>
      {statusText(status)[lang]}
    </Badge>
  );
}
