import { fileURLToPath, pathToFileURL } from 'node:url';

/** A path's `file:` URI, spelled as the server keys files. */
export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** The path of a `file:` URI; undefined for any other scheme or a URI that names no path. */
export function filePath(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * One spelling of a file's URI: clients percent-encode paths each their own way (`%3A`, `(`),
 * and a file must be the same key whichever spelling a message uses.
 */
export function canonicalUri(uri: string): string {
  const path = filePath(uri);
  return path === undefined ? uri : fileUri(path);
}
