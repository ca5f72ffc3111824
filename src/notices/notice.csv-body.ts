import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../errors/app-error.ts';

/** The CSV endpoint takes the file as the raw body, or as a form upload in a part named "file". */
export const CSV_MEDIA_TYPES = ['text/csv', 'multipart/form-data'] as const;
const FILE_PART = 'file';

/**
 * The CSV bytes of a request: the raw `text/csv` body, or the one file of a multipart upload. Any
 * other part is refused by name (the notice fields go in the query string), not ignored.
 */
export async function csvBytesOf(request: FastifyRequest): Promise<Buffer> {
  if (Buffer.isBuffer(request.body)) return request.body;
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the CSV file as the raw body or as a form upload');
  try {
    return await fileOfForm(request);
  } catch (error) {
    // The form parser's own errors (no boundary, a truncated part) are the client's, not ours; its
    // limit errors carry their status (413) already.
    if (error instanceof AppError || typeof (error as { statusCode?: unknown }).statusCode === 'number')
      throw error;
    throw new AppError('MALFORMED_BODY', `The form upload could not be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

async function fileOfForm(request: FastifyRequest): Promise<Buffer> {
  let file: Buffer | null = null;
  const errors: FieldError[] = [];
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      // Read it whatever its name: an unread part would stall the upload.
      const bytes = await part.toBuffer();
      if (part.fieldname === FILE_PART) file = bytes;
      else
        errors.push({
          pointer: `/form/${part.fieldname}`,
          rule: 'file-part-name',
          detail: `the CSV file goes in a part named "${FILE_PART}"`,
        });
    } else {
      errors.push({
        pointer: `/form/${part.fieldname}`,
        rule: 'unknown-field',
        detail: `the form carries only the file (part "${FILE_PART}"); the notice fields go in the query string`,
      });
    }
  }
  if (!file && errors.length === 0)
    errors.push({
      pointer: `/form/${FILE_PART}`,
      rule: 'required',
      detail: `the form has no file; send the CSV in a part named "${FILE_PART}"`,
    });
  if (errors.length > 0) throw AppError.validation(errors);
  return file as Buffer;
}
