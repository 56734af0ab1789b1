/**
 * What the bench would delete before a cold build (the previous build's output and caches, the
 * previous scratch copy), moved aside instead and deleted once every figure is measured.
 *
 * Why not delete it straight away: on a file system without a journal (ext4 as these machines
 * mount it), Linux skips every inode freed in the last minute — five more while its block is not
 * yet written — each time it allocates a new one (`recently_deleted` in fs/ext4/ialloc.c). A build
 * that starts seconds after 20,000 files were deleted then spends seconds in the kernel creating
 * its own: 8,193 small files took 4.2 s of system time here two seconds after deleting 16,000,
 * against 0.2 s on a quiet file system. That is the cost of the bench's housekeeping, charged to
 * whichever site builds next and growing with the files the previous build left; a cold build on
 * a fresh checkout (CI, a deploy) never pays it. A rename frees no inode, so a build after it
 * starts on the same footing as one on a fresh machine.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

export class Trash {
  private count = 0;
  private readonly dir: string;

  /** `dir`: where things are set aside; it must be on the same file system as what is set aside. */
  constructor(dir: string) {
    this.dir = dir;
  }

  /** Moves `path` (file or folder) out of the way, if it exists; its place is then free. */
  setAside(path: string): void {
    if (!existsSync(path)) return;
    mkdirSync(this.dir, { recursive: true });
    // The process id keeps names apart from what an earlier, interrupted bench left here.
    renameSync(path, join(this.dir, `${process.pid}-${++this.count}-${basename(path)}`));
  }

  /** Deletes everything set aside, by this bench or an interrupted one before it. */
  empty(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
