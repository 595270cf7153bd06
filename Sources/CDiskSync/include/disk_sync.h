#ifndef PORTICO_DISK_SYNC_H
#define PORTICO_DISK_SYNC_H

/// Writes every dirty page and inode of the file system holding `fd`
/// (Linux's syncfs, a GNU extension that Glibc's Swift module leaves out),
/// so a publish waits for its own disk, not for every disk of the machine.
/// 0, or -1 with errno; elsewhere than Linux, sync() and 0.
int portico_sync_file_system(int fd);

#endif
