/** Error codes the host answers with; the strings are those of Excel.ErrorCodes. */
export type FakeErrorCode =
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "GeneralException"
  | "NotImplemented"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

// Messages as listed in "Error handling with the application-specific JavaScript APIs" (learn.microsoft.com).
const MESSAGES: Record<FakeErrorCode, string> = {
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource being created already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The attempted operation is invalid on the object.",
  InvalidReference: "This reference isn't valid for the current operation.",
  GeneralException: "There was an internal error while processing the request.",
  NotImplemented: "The requested feature isn't implemented.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

/** A failure the host reports to the client as `{ Error: { Code, Message, Location, ActionIndex } }`. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    readonly location?: string,
    message: string = MESSAGES[code],
  ) {
    super(message);
    this.name = "HostError";
  }
}

/** What the host answers for any member it does not model: never a silent drop. */
export function notModelled(type: string, member: string): FakeOfficeError {
  return new FakeOfficeError("NotImplemented", `${type}.${member}`, `not modelled here: ${type}.${member}`);
}
