/** An export that could not be written; the message says where and why, for the user to act on. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}
