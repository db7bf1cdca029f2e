#include "cli/standard_streams.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace swv {
namespace {

// Reopens `fd` on /dev/null when it is closed; true when it was.
bool reopen_if_closed(int fd) {
  if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) return false;
  // The lowest free descriptor is `fd` itself, since those below it are open by now.
  int opened = open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
  if (opened >= 0 && opened != fd) {
    dup2(opened, fd);
    close(opened);
  }
  return true;
}

}  // namespace

ClosedStreams reopen_closed_standard_streams() {
  ClosedStreams closed;
  closed.in = reopen_if_closed(STDIN_FILENO);
  closed.out = reopen_if_closed(STDOUT_FILENO);
  closed.err = reopen_if_closed(STDERR_FILENO);
  return closed;
}

}  // namespace swv
