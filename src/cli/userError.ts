import { Failure } from "../shared/failure";

/** A problem with what the user gave the command line: shown as a message, never as a stack trace. */
export class UserError extends Failure {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super({ vi, en });
    this.name = "UserError";
  }
}
