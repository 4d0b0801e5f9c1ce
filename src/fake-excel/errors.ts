/** Error codes the fake raises; the strings are those of OfficeExtension.ErrorCodes / Excel.ErrorCodes. */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

// Messages as listed in "Error handling with the application-specific JavaScript APIs" (learn.microsoft.com).
const MESSAGES: Record<FakeErrorCode, string> = {
  PropertyNotLoaded: "The property is not available.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource being created already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The attempted operation is invalid on the object.",
  GeneralException: "There was an internal error while processing the request.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

/** Shaped like OfficeExtension.Error: name "RichApi.Error", `code`, `debugInfo`. */
export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  readonly innerError = null;

  constructor(code: FakeErrorCode, errorLocation?: string, message: string = MESSAGES[code]) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string, entity: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `${entity}.${property}`,
    `The property '${property}' is not available. Before reading the property's value, call the load method ` +
      `on the containing object and call "context.sync()" on the associated request context.`,
  );
}
