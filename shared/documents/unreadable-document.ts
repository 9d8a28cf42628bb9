/** A file that can never become an article; `reason` is shown to people as is. */
export class UnreadableDocument extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableDocument';
  }
}
