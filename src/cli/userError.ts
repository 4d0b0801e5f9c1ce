/** A problem with what the user gave the command line: shown as a message, never as a stack trace. */
export class UserError extends Error {
  constructor(vi: string, en: string) {
    super(`${vi}\n${en}`);
    this.name = "UserError";
  }
}
