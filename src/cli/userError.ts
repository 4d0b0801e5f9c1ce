/** A problem with what the user gave the command line: shown as a message, never as a stack trace. */
export class UserError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en ? `${vi}\n${en}` : vi);
    this.name = "UserError";
  }
}
