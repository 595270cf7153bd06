#define _GNU_SOURCE
#include "disk_sync.h"
#include <unistd.h>

int portico_sync_file_system(int fd) {
#if defined(__linux__)
    return syncfs(fd);
#else
    (void)fd;
    sync();
    return 0;
#endif
}
