export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const IMPORT_ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Why the file cannot be sent (checked again by the server), or undefined when it can. */
export function importFileProblem(file: { name: string; size: number }): 'type' | 'size' | 'empty' | undefined {
  if (!/\.(csv|xlsx)$/i.test(file.name)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_IMPORT_BYTES) return 'size';
  return undefined;
}
