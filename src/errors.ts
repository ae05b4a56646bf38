/**
 * Coded errors: callers branch on `code`, users read `message`, which names the file and line
 * where one applies.
 */
export type ErrorCode =
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'UNREADABLE_FILE'
  | 'NO_DOCUMENTS'
  | 'INVALID_FACTS'
  | 'NO_DISCLOSURE'
  | 'TOO_LARGE'
  | 'ENCRYPTED_PDF'
  | 'CORRUPT_PDF'
  | 'NO_TEXT_LAYER'
  | 'CORRUPT_WORKBOOK'
  | 'CONFIG_INCOMPLETE'
  | 'INBOX_UNAVAILABLE';

export class BudgetBotError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BudgetBotError';
  }
}
