import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { objectKeyRefusal } from './s3-object-keys.ts';

/**
 * s3rver lists a bucket by reading every object's files, and one it cannot read fails the whole
 * listing with InternalError: the file a too-long key left before the local S3 refused such keys
 * (its object written, its metadata's name too long to write), a folder named like s3rver's own
 * files, metadata cut short by a crash. Crash recovery lists the bucket at every start, so one
 * such object would stop every start. Before s3rver serves, each is moved, with its files, to a
 * folder beside the data (nothing is deleted), and named in the answer so the start can say so.
 */
export interface SetAside {
  /** the object's key, or the folder's path in the bucket */
  key: string;
  reason: string;
  /** where its files are now; absent when they could not be moved */
  movedTo?: string;
}

const OBJECT = '._S3rver_object';
const METADATA = '._S3rver_metadata.json';
/** s3rver's own folder in a bucket: multipart uploads in progress */
const UPLOADS = '._S3rver_uploads';

export function setAsideUnreadable(directory: string, bucket: string, setAsideDirectory: string): SetAside[] {
  const root = join(directory, bucket);
  const found: SetAside[] = [];
  const move = (folder: string, names: string[], key: string, reason: string) => {
    const to = join(setAsideDirectory, bucket, folder);
    try {
      mkdirSync(to, { recursive: true });
      for (const name of names) renameSync(join(root, folder, name), join(to, name));
      found.push({ key, reason, movedTo: to });
    } catch (error) {
      found.push({ key, reason: `${reason}; its files could not be moved: ${(error as Error).message}` });
    }
  };
  const visit = (folder: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, folder), { withFileTypes: true });
    } catch (error) {
      if (folder !== '' || (error as NodeJS.ErrnoException).code !== 'ENOENT') found.push({ key: `${folder}/`, reason: `the folder cannot be read: ${(error as Error).message}` });
      return;
    }
    for (const entry of entries) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!/\._s3rver_/i.test(entry.name) || (folder === '' && entry.name === UPLOADS)) visit(path);
        else move(folder, [entry.name], `${path}/`, 'a folder named like the local S3’s own files, where an object’s file goes');
      } else if (entry.name.endsWith(OBJECT)) {
        const key = path.slice(0, -OBJECT.length);
        const why = unreadable(root, key);
        const last = entry.name.slice(0, -OBJECT.length);
        if (why) move(folder, entries.filter((e) => e.name.startsWith(`${last}._S3rver_`)).map((e) => e.name), key, why);
      }
    }
  };
  visit('');
  return found;
}

/** Why s3rver could not read the object at `key`, or null. */
function unreadable(root: string, key: string): string | null {
  const refused = objectKeyRefusal(key);
  if (refused) return `the local S3 cannot store such a key (${refused.message})`;
  try {
    if (!statSync(join(root, key + OBJECT)).isFile()) return 'its content is not a file';
    JSON.parse(readFileSync(join(root, key + METADATA), 'utf8'));
    return null;
  } catch (error) {
    // an object without metadata is one a crash stopped half-way: s3rver serves it as plain bytes
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return `its files cannot be read: ${(error as Error).message}`;
  }
}
